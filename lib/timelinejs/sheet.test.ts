import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { parseCsv } from './csv'
import { parseSheetTime, SHEET_COLUMNS, sheetToTimelineJs } from './sheet'

const HEADER = SHEET_COLUMNS.join(',')

function sheet(text: string) {
  const csv = parseCsv(text)
  if (!csv.ok) assert.fail(csv.error.message)
  return sheetToTimelineJs(csv.rows)
}

function read(text: string) {
  const r = sheet(text)
  if (!r.ok) assert.fail(r.errors.join('\n'))
  return r
}

test('sheet times read like TimelineJS reads them: 24-hour, AM/PM, compact, fractional seconds', () => {
  assert.deepEqual(parseSheetTime('19:28:34'), { ok: true, value: { hour: 19, minute: 28, second: 34 } })
  assert.deepEqual(parseSheetTime('6:07 PM'), { ok: true, value: { hour: 18, minute: 7 } })
  assert.deepEqual(parseSheetTime('12 am'), { ok: true, value: { hour: 0 } })
  assert.deepEqual(parseSheetTime('1030'), { ok: true, value: { hour: 10, minute: 30 } })
  assert.deepEqual(parseSheetTime('10:00:30.5'), { ok: true, value: { hour: 10, minute: 0, second: 30, millisecond: 500 } })
  assert.equal(parseSheetTime('noon').ok, false)
})

test('the fixture sheet gives a title slide, an era and four events', () => {
  const r = read(readFileSync(path.join(import.meta.dirname, 'fixtures', 'space-race.csv'), 'utf8'))
  assert.equal((r.json.title?.text as { headline: string }).headline, 'The Space Race')
  assert.equal(r.json.eras.length, 1)
  assert.equal(r.json.events.length, 4)
})

test('cells stay strings for the schema to read, with Time split into parts', () => {
  const r = read(`${HEADER}\n"1,961",4,12,6:07 AM,,,,,,Gagarin,,,,,,,USSR,\n`)
  assert.deepEqual(r.json.events[0], {
    start_date: { year: '1961', month: '4', day: '12', hour: 6, minute: 7 },
    text: { headline: 'Gagarin' },
    group: 'USSR',
  })
})

test('a Background cell is an image when it is a URL, a colour otherwise', () => {
  const r = read(`${HEADER}\n2020,,,,,,,,,A,,,,,,,,#222\n2021,,,,,,,,,B,,,,,,,,https://e.org/bg.jpg\n`)
  assert.deepEqual(r.json.events.map((e) => e.background), [{ color: '#222' }, { url: 'https://e.org/bg.jpg' }])
})

test('locations point back at the sheet line and column', () => {
  const r = read(`${HEADER}\n\n2020,,,,,,,,,A,,,,,,,,\n`)
  assert.equal(r.locate(['events', 0, 'start_date', 'month']), 'line 3, column "Month"')
  assert.equal(r.locate(['events', 0, 'end_date']), 'line 3, column "End Year"')
  assert.equal(r.locate(['events', 0, 'text', 'headline']), 'line 3, column "Headline"')
})

test('a second title row stays an event, as in TimelineJS, with a warning', () => {
  const r = read(`${HEADER}\n,,,,,,,,,T1,,,,,,title,,\n2020,,,,,,,,,T2,,,,,,title,,\n`)
  assert.equal(r.json.events.length, 1)
  assert.match(r.warnings.join(), /second title row/)
})

test('End Month without End Year is an error on that line', () => {
  const r = sheet(`${HEADER}\n2020,,,,,5,,,,A,,,,,,,,\n`)
  assert.equal(r.ok, false)
  if (!r.ok) assert.deepEqual(r.errors, ['line 2: End Month, End Day or End Time given without End Year'])
})

test('a time the sheet cannot read is an error at its cell', () => {
  const r = sheet(`${HEADER}\n2020,1,1,noon,,,,,,A,,,,,,,,\n`)
  assert.equal(r.ok, false)
  if (!r.ok) assert.match(r.errors[0]!, /^line 2, column "Time": expected a time/)
})

test('a sheet without a Year column is refused', () => {
  const r = sheet('Headline,Text\nA,B\n')
  assert.equal(r.ok, false)
})

test('columns the template does not have are named in a warning', () => {
  const r = read(`${HEADER},Notes\n2020,,,,,,,,,A,,,,,,,,,internal\n`)
  assert.deepEqual(r.warnings, ['line 1, column "Notes": not a TimelineJS column; ignored'])
})
