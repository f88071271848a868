import assert from 'node:assert/strict'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { formatError } from '../content/errors'
import { loadTimelineFile } from '../content/load.server'
import type { Timeline } from '../content/model'
import { htmlToText } from './html-to-markdown'
import { exportTimelineJs, type TimelineJsDocument } from './export'
import { importTimelineJs } from './import'
import type { TimelineJsDate } from './dates'

interface FixtureSlide {
  start_date: Record<string, number | string>
  end_date?: Record<string, number | string>
  text?: { headline?: string }
  group?: string
}

/** The parts that mean a moment: TimelineJS fills an hour's missing minute and second with 0, and so does EDTF. */
function parts(date: Record<string, number | string> | TimelineJsDate | undefined) {
  if (!date) return undefined
  const n = (k: string) => (date as Record<string, unknown>)[k]
  const num = (k: string) => (n(k) === undefined ? undefined : Number(n(k)))
  const timed = n('hour') !== undefined
  return {
    year: num('year'),
    month: num('month'),
    day: num('day'),
    hour: num('hour'),
    minute: timed ? (num('minute') ?? 0) : undefined,
    second: timed ? (num('second') ?? 0) : undefined,
  }
}

/** Imports TimelineJS JSON and loads the MDX with the content loader. */
async function importAndLoad(json: unknown): Promise<Timeline> {
  const imported = importTimelineJs(json, { published: '2024-05-01' })
  if (!imported.ok) assert.fail(imported.errors.join('\n'))
  const dir = await mkdtemp(path.join(tmpdir(), 'dateline-round-trip-'))
  const file = path.join(dir, `${imported.slug}.mdx`)
  await writeFile(file, imported.mdx)
  const loaded = await loadTimelineFile(file)
  if (!loaded.ok) assert.fail(loaded.errors.map(formatError).join('\n'))
  return loaded.timeline
}

async function roundTrip(): Promise<{ source: { events: FixtureSlide[]; eras: FixtureSlide[] }; timeline: Timeline; out: TimelineJsDocument }> {
  const source = JSON.parse(await readFile(path.join(import.meta.dirname, 'fixtures', 'ides-and-after.json'), 'utf8'))
  const timeline = await importAndLoad(source)
  return { source, timeline, out: exportTimelineJs(timeline) }
}

test('TimelineJS → MDX → TimelineJS keeps every event, its date parts, headline and group', async () => {
  const { source, out } = await roundTrip()
  assert.equal(out.events.length, source.events.length + source.eras.length)
  for (const [i, original] of source.events.entries()) {
    const headline = htmlToText(original.text?.headline ?? '')
    const back = out.events.find((e) => e.text.headline === headline)
    if (!back) assert.fail(`events[${i}] "${headline}" did not come back`)
    assert.deepEqual(parts(back.start_date), parts(original.start_date), `start_date of "${headline}"`)
    assert.deepEqual(parts(back.end_date), parts(original.end_date), `end_date of "${headline}"`)
    assert.equal(back.group, original.group, `group of "${headline}"`)
  }
})

test('TimelineJS → MDX → TimelineJS keeps every era, as an event grouped "era"', async () => {
  const { source, out } = await roundTrip()
  for (const era of source.eras) {
    const back = out.events.find((e) => e.text.headline === era.text?.headline)
    if (!back) assert.fail(`era "${era.text?.headline}" did not come back`)
    assert.deepEqual([parts(back.start_date), parts(back.end_date)], [parts(era.start_date), parts(era.end_date)])
    assert.equal(back.group, 'era')
  }
})

test('TimelineJS → MDX → TimelineJS → MDX gives the same ids, dates, titles and first tags again', async () => {
  const { timeline, out } = await roundTrip()
  const again = await importAndLoad(out)
  const facts = (t: Timeline) => t.events.map((e) => [e.id, e.span.edtf, e.title, e.tags[0]])
  assert.deepEqual(facts(again), facts(timeline))
})

test('an event image survives the round trip as the slide’s media, with its credit and description', async () => {
  const { out } = await roundTrip()
  const apollo = out.events.find((e) => e.text.headline === 'Apollo 11 lands on the Moon')
  assert.deepEqual(apollo?.media, {
    url: 'https://images.example.org/apollo11/eagle.jpg?size=large',
    alt: 'The lunar module on the Moon\'s surface',
    credit: 'NASA',
  })
})
