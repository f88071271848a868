import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { formatError } from '../content/errors'
import { loadTimelineFile } from '../content/load.server'
import { exportTimelineJs, type TimelineJsDocument } from './export'
import { readTimelineJs } from './schema'

let cached: TimelineJsDocument | undefined

/** The content loader's own fixture, with every date form Dateline accepts. */
async function exported(): Promise<TimelineJsDocument> {
  if (cached) return cached
  const r = await loadTimelineFile(path.join(import.meta.dirname, '..', 'content', 'fixtures', 'every-date-form.mdx'))
  if (!r.ok) assert.fail(r.errors.map(formatError).join('\n'))
  cached = exportTimelineJs(r.timeline)
  return cached
}

async function slide(headline: string) {
  const s = (await exported()).events.find((e) => e.text.headline === headline)
  if (!s) assert.fail(`no slide "${headline}"`)
  return s
}

test('the title slide comes from the frontmatter title and summary', async () => {
  assert.deepEqual((await exported()).title, {
    text: { headline: 'Every date form', text: '<p>A fixture that uses every supported EDTF form once.</p>' },
  })
})

test('every event becomes a slide, and a quote outside any event one more', async () => {
  const doc = await exported()
  assert.equal(doc.events.length, 13)
  const quote = doc.events.find((e) => e.unique_id === 'quote-2')
  assert.deepEqual(quote?.start_date, { year: 2022, month: 3, day: 1 })
  assert.equal(quote?.text.text, '<blockquote>A standalone quote with its own date. — Someone</blockquote>')
})

test('date parts follow the precision written: year, month, day, time', async () => {
  assert.deepEqual((await slide('Year precision')).start_date, { year: 2022 })
  assert.deepEqual((await slide('Month precision')).start_date, { year: 2022, month: 2 })
  assert.deepEqual((await slide('Exact day')).start_date, { year: 2022, month: 2, day: 24 })
  assert.deepEqual((await slide('With a time and offset')).start_date, { year: 2022, month: 7, day: 29, hour: 10, minute: 0, second: 0 })
})

test('a year before the common era is written the TimelineJS way: EDTF -0043 is year -44', async () => {
  assert.deepEqual((await slide('Ides of March')).start_date, { year: -44, month: 3, day: 15 })
})

test('a closed interval has an end_date', async () => {
  const s = await slide('Date plus end')
  assert.deepEqual([s.start_date, s.end_date], [{ year: 2022, month: 1, day: 10 }, { year: 2022, month: 1, day: 12 }])
})

test('an open or unknown end has no end_date, and display_date says so', async () => {
  const open = await slide('Open end')
  assert.equal(open.end_date, undefined)
  assert.equal(open.display_date, 'from February 17, 2022 (ongoing)')
  const unknown = await slide('Unknown end')
  assert.equal(unknown.end_date, undefined)
  assert.match(unknown.display_date ?? '', /end unknown/)
})

test('approximate, uncertain and offset dates carry a display_date; plain dates do not', async () => {
  assert.equal((await slide('Approximate month')).display_date, 'c. February 2022')
  assert.equal((await slide('Uncertain year')).display_date, '2021?')
  assert.match((await slide('With a time and offset')).display_date ?? '', /UTC\+5/)
  assert.equal((await slide('Exact day')).display_date, undefined)
})

test('the text is escaped in a paragraph, followed by the event\'s quotes as blockquotes', async () => {
  assert.equal((await slide('Ides of March')).text.text, '<p>Caesar is killed.</p><blockquote>Et tu, Brute? — Suetonius, historian</blockquote>')
})

test('group is the first tag and unique_id the event id', async () => {
  const s = await slide('Ides of March')
  assert.equal(s.group, 'rome')
  assert.equal(s.unique_id, 'ides-of-march')
  assert.equal((await slide('Exact day')).group, undefined)
})

test('the export is valid TimelineJS JSON by the importer\'s own schema', async () => {
  assert.deepEqual(readTimelineJs(await exported()).issues, [])
})
