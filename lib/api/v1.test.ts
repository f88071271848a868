import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { formatError } from '../content/errors'
import { loadTimelineFile, summarize } from '../content/load.server'
import type { Timeline } from '../content/model'
import { storyVersions, translationMember } from '../content/translations'
import { buildIndex, buildJsonSchema, buildTimelineDocument, indexSchema, timelineSchema } from './v1'

/** A story as the index is given it (lib/content/listings.server.ts): its frontmatter and summary. */
const indexStory = (t: Timeline) => ({ slug: t.slug, meta: t.meta, summary: summarize(t) })

const ORIGIN = 'https://dateline.example'

async function load(file: string): Promise<Timeline> {
  const r = await loadTimelineFile(file)
  if (!r.ok) assert.fail(r.errors.map(formatError).join('\n'))
  return r.timeline
}
const fixture = () => load(path.join(import.meta.dirname, '..', 'content', 'fixtures', 'every-date-form.mdx'))
const seed = () => load(path.join(import.meta.dirname, '..', '..', 'content', 'timelines', 'lavrov-blinken-prisoner-swap.mdx'))

function validator(def: 'TimelineIndex' | 'Timeline') {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats.default(ajv)
  const schema = buildJsonSchema(ORIGIN)
  ajv.addSchema(schema)
  return ajv.compile({ $ref: `${ORIGIN}/api/v1/schema.json#/$defs/${def}` })
}

test('the index lists each story with absolute URLs on the given origin', async () => {
  const index = buildIndex([indexStory(await seed())], ORIGIN)
  const [entry] = index.timelines
  assert.equal(entry?.url, `${ORIGIN}/timelines/lavrov-blinken-prisoner-swap`)
  assert.equal(entry?.data, `${ORIGIN}/api/v1/timelines/lavrov-blinken-prisoner-swap.json`)
  assert.equal(entry?.calendar, `${ORIGIN}/calendars/lavrov-blinken-prisoner-swap.ics`)
  assert.equal(entry?.published, '2022-07-29')
  assert.ok((entry?.eventCount ?? 0) > 0)
})

test('the index validates against the published JSON Schema', async () => {
  const validate = validator('TimelineIndex')
  const index = buildIndex([indexStory(await seed()), indexStory(await fixture())], ORIGIN)
  assert.ok(validate(index), JSON.stringify(validate.errors))
  assert.ok(indexSchema.safeParse(index).success)
})

test('a story validates against the published JSON Schema, every date form included', async () => {
  const validate = validator('Timeline')
  for (const t of [await seed(), await fixture()]) {
    const doc = buildTimelineDocument(t, ORIGIN)
    assert.ok(validate(doc), `${t.slug}: ${JSON.stringify(validate.errors)}`)
    assert.ok(timelineSchema.safeParse(doc).success)
  }
})

test('the schema refuses what the API never sends', () => {
  const validate = validator('Timeline')
  assert.equal(validate({ version: 1, meta: {}, events: [], quotes: [] }), false)
  assert.equal(validator('TimelineIndex')({ version: 2, timelines: [] }), false)
})

test('an event carries its EDTF text and its bounds as ISO instants with precision', async () => {
  const doc = buildTimelineDocument(await fixture(), ORIGIN)
  const month = doc.events.find((e) => e.title === 'Approximate month')
  assert.equal(month?.date, '2022-02~')
  assert.deepEqual(month?.span.start, {
    kind: 'date',
    edtf: '2022-02~',
    earliest: '2022-02-01T00:00:00.000Z',
    latest: '2022-02-28T23:59:59.999Z',
    precision: 'month',
    approximate: true,
    uncertain: false,
    unspecified: false,
  })
})

test('open and unknown ends are said as such, not as dates', async () => {
  const doc = buildTimelineDocument(await fixture(), ORIGIN)
  assert.deepEqual(doc.events.find((e) => e.title === 'Open end')?.span.end, { kind: 'open' })
  assert.deepEqual(doc.events.find((e) => e.title === 'Unknown end')?.span.end, { kind: 'unknown' })
})

test('years before 1 CE are written as ISO expanded years', async () => {
  const doc = buildTimelineDocument(await fixture(), ORIGIN)
  assert.equal(doc.events.find((e) => e.id === 'ides-of-march')?.span.earliest, '-000043-03-15T00:00:00.000Z')
})

test('each event links to its anchor on the story page, and quotes name their event', async () => {
  const doc = buildTimelineDocument(await fixture(), ORIGIN)
  const ides = doc.events.find((e) => e.id === 'ides-of-march')
  assert.equal(ides?.url, `${ORIGIN}/timelines/every-date-form#ides-of-march`)
  const quote = doc.quotes.find((q) => q.by === 'Suetonius')
  assert.equal(quote?.eventId, 'ides-of-march')
  assert.equal(quote?.date, '0121~')
})

test('fields a story does not have are left out, not sent as null', async () => {
  const doc = buildTimelineDocument(await fixture(), ORIGIN)
  assert.equal('updated' in doc.meta, false)
  assert.equal('place' in (doc.events.find((e) => e.title === 'Exact day') ?? {}), false)
})

test('a story carries its events’ sources and its corrections, and still validates', async () => {
  const t = await load(path.join(import.meta.dirname, '..', 'content', 'fixtures', 'publishing', 'public-story.mdx'))
  const doc = buildTimelineDocument(t, ORIGIN)
  const validate = validator('Timeline')
  assert.ok(validate(doc), JSON.stringify(validate.errors))
  const withSources = doc.events.filter((e) => e.sources?.length)
  assert.ok(withSources.length > 0)
  assert.deepEqual(
    withSources.flatMap((e) => e.sources!.map((s) => s.outlet)),
    t.events.flatMap((e) => e.sources.map((s) => s.outlet)),
  )
  assert.deepEqual(doc.meta.corrections, t.meta.corrections.map(({ date, text }) => ({ date, text })))
  assert.ok(doc.meta.corrections?.length)
})

test('a story lists its versions in other languages, and a quote its original words, and still validates', async () => {
  const dir = path.join(import.meta.dirname, '..', 'content', 'fixtures', 'translations')
  const original = await load(path.join(dir, 'summit.mdx'))
  const es = await load(path.join(dir, 'summit-es.mdx'))
  const versions = storyVersions(translationMember(es), [original, es].map(translationMember))
  const doc = buildTimelineDocument(es, ORIGIN, versions)
  assert.equal(doc.meta.translationOf, 'summit')
  assert.deepEqual(doc.meta.translations, [
    { slug: 'summit', title: 'Summit', language: 'en', original: true, url: `${ORIGIN}/timelines/summit`, data: `${ORIGIN}/api/v1/timelines/summit.json` },
  ])
  const originalDoc = buildTimelineDocument(original, ORIGIN, storyVersions(translationMember(original), [original, es].map(translationMember)))
  assert.deepEqual(originalDoc.meta.translations?.map((v) => [v.slug, v.original]), [['summit-es', false]])
  assert.deepEqual([originalDoc.quotes[0]?.lang, originalDoc.quotes[0]?.original], ['ru', 'Мы выслушаем, что они скажут.'])
  const validate = validator('Timeline')
  for (const d of [doc, originalDoc]) assert.ok(validate(d), JSON.stringify(validate.errors))
})
