import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { foldLines as foldWithTextEncoder } from 'ical-generator'
import ical, { type VEvent } from 'node-ical'
import { formatError } from '../content/errors'
import { loadTimelineFile } from '../content/load.server'
import type { Timeline } from '../content/model'
import { buildCalendar, dateNotes, foldLines } from './calendar'
import { parseDate } from '../time/parse'

const ORIGIN = 'https://dateline.example'

let cached: { timeline: Timeline; events: VEvent[] } | undefined
/** The loader's fixture with every date form, written as .ics and read back by node-ical. */
async function parsed() {
  if (cached) return cached
  const r = await loadTimelineFile(path.join(import.meta.dirname, '..', 'content', 'fixtures', 'every-date-form.mdx'))
  if (!r.ok) assert.fail(r.errors.map(formatError).join('\n'))
  const events = Object.values(ical.sync.parseICS(buildCalendar(r.timeline, ORIGIN))).filter((c): c is VEvent => c?.type === 'VEVENT')
  cached = { timeline: r.timeline, events }
  return cached
}
async function vevent(summary: string) {
  const e = (await parsed()).events.find((v) => v.summary === summary)
  if (!e) assert.fail(`no VEVENT "${summary}"`)
  return e
}

test('one VEVENT per event a calendar can hold; years before 1 CE are left out', async () => {
  const { timeline, events } = await parsed()
  assert.equal(events.length, timeline.events.length - 1)
  assert.equal(events.some((e) => e.summary === 'Ides of March'), false)
})

test('a day is an all-day event ending the next day', async () => {
  const e = await vevent('Exact day')
  assert.equal(e.datetype, 'date')
  assert.equal(e.start.toISOString(), '2022-02-24T00:00:00.000Z')
  assert.equal(e.end?.toISOString(), '2022-02-25T00:00:00.000Z')
})

test('a month or a year is an all-day event spanning all of it', async () => {
  const month = await vevent('Month precision')
  assert.equal(month.datetype, 'date')
  assert.equal(month.end?.toISOString(), '2022-03-01T00:00:00.000Z')
  const year = await vevent('Year precision')
  assert.equal(year.start.toISOString(), '2022-01-01T00:00:00.000Z')
  assert.equal(year.end?.toISOString(), '2023-01-01T00:00:00.000Z')
})

test('a time is a timed event at that instant, in UTC', async () => {
  const e = await vevent('With a time and offset')
  assert.equal(e.datetype, 'date-time')
  assert.equal(e.start.toISOString(), '2022-07-29T05:00:00.000Z')
  assert.equal(e.location, 'Tashkent')
})

/** node-ical gives a property with parameters (`URL;VALUE=URI:`) as `{ params, val }`. */
const text = (v: unknown) => (typeof v === 'object' && v !== null && 'val' in v ? String(v.val) : String(v))

test('each event links to its anchor on the story page', async () => {
  const e = await vevent('Exact day')
  assert.equal(text(e.url), `${ORIGIN}/timelines/every-date-form#2022-02-24-exact-day`)
})

test('approximate, uncertain and open-ended dates are said in the description', async () => {
  assert.match(text((await vevent('Approximate month')).description), /^Date approximate\./)
  assert.match(text((await vevent('Uncertain year')).description), /^Date uncertain\./)
  assert.match(text((await vevent('Approximate and uncertain day')).description), /^Date approximate\. Date uncertain\./)
  assert.match(text((await vevent('Open end')).description), /Ongoing \(open end\)/)
  assert.match(text((await vevent('Unknown end')).description), /End unknown/)
})

test('an interval is one all-day event from its first day to the day after its last', async () => {
  const e = await vevent('Two-day interval')
  assert.equal(e.start.toISOString(), '2021-06-16T00:00:00.000Z')
  assert.equal(e.end?.toISOString(), '2021-06-18T00:00:00.000Z')
})

test('what a calendar says beside the dates is in the story’s language', async () => {
  const { timeline } = await parsed()
  const russian = { ...timeline, meta: { ...timeline.meta, language: 'ru' } }
  const events = Object.values(ical.sync.parseICS(buildCalendar(russian, ORIGIN))).filter((c): c is VEvent => c?.type === 'VEVENT')
  const described = events.map((e) => text(e.description)).join('\n')
  assert.match(described, /Дата приблизительная\./)
  assert.match(described, /Продолжается \(открытый конец\)/)
  assert.doesNotMatch(described, /approximate|uncertain|unknown|Ongoing|open end|open start/i)
})

test('each date note has its words in Spanish, Russian and Arabic', () => {
  for (const [edtf, notes] of [
    ['2022-02~', { es: 'Fecha aproximada', ru: 'Дата приблизительная', ar: 'التاريخ تقريبي' }],
    ['2022?', { es: 'Fecha incierta', ru: 'Дата под вопросом', ar: 'التاريخ غير مؤكد' }],
    ['2022-02/..', { es: 'En curso (final abierto)', ru: 'Продолжается (открытый конец)', ar: 'مستمر (نهاية مفتوحة)' }],
    ['/2022', { es: 'Inicio desconocido', ru: 'Начало неизвестно', ar: 'البداية غير معروفة' }],
  ] as const) {
    const r = parseDate(edtf)
    if (!r.ok) assert.fail(edtf)
    for (const [language, note] of Object.entries(notes)) assert.deepEqual(dateNotes(r.value, language), [note], `${edtf} in ${language}`)
  }
})

test('lines are folded octet for octet as ical-generator folds them, in every script and across emoji', () => {
  const line = (words: string) => `DESCRIPTION:${words.repeat(12)}`
  const text = [line('Lorem ipsum dolor; '), line('Переговоры об обмене. '), line('تبادل السجناء '), line('🕊️ swap 🤝 '), 'SHORT:line', ''].join('\r\n')
  assert.equal(foldLines(text), foldWithTextEncoder(text))
})

test('a calendar is the file ical-generator writes, folded lines and all', async () => {
  const { timeline } = await parsed()
  const written = buildCalendar(timeline, ORIGIN)
  assert.equal(written, foldWithTextEncoder(written.replace(/\r\n /g, '')))
  assert.ok(written.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75))
})
