import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { parseFeed } from '@rowanmanning/feed-parser'
import { formatError } from '../content/errors'
import { loadTimelineFile } from '../content/load.server'
import type { Timeline } from '../content/model'
import { formatDay } from '../time/format'
import { buildFeed, correctionsText, feedAlternates, jsonFeed } from './feed'

const ORIGIN = 'https://dateline.example'

async function load(file: string, updated?: string): Promise<Timeline> {
  const r = await loadTimelineFile(file)
  if (!r.ok) assert.fail(r.errors.map(formatError).join('\n'))
  return updated ? { ...r.timeline, meta: { ...r.timeline.meta, updated } } : r.timeline
}
const seed = (updated?: string) => load(path.join(import.meta.dirname, '..', '..', 'content', 'timelines', 'lavrov-blinken-prisoner-swap.mdx'), updated)
const fixture = () => load(path.join(import.meta.dirname, '..', 'content', 'fixtures', 'every-date-form.mdx'))

test('RSS and Atom parse with one item per story, linked on the given origin, tags as categories', async () => {
  const feed = buildFeed([await seed(), await fixture()], ORIGIN)
  for (const xml of [feed.rss2(), feed.atom1()]) {
    const parsed = parseFeed(xml)
    assert.equal(parsed.items.length, 2)
    const item = parsed.items.find((i) => i.url === `${ORIGIN}/timelines/lavrov-blinken-prisoner-swap`)
    assert.equal(item?.title, 'Lavrov agrees to hear Blinken’s prisoner-swap proposal')
    assert.deepEqual(item?.categories.map((c) => c.term), ['russia', 'united-states', 'diplomacy', 'prisoners'])
  }
})

test('an item is updated when its story is, and published when it was', async () => {
  const parsed = parseFeed(buildFeed([await seed('2022-08-02')], ORIGIN).atom1())
  assert.equal(parsed.items[0]?.updated?.toISOString(), '2022-08-02T00:00:00.000Z')
  assert.equal(parsed.items[0]?.published?.toISOString(), '2022-07-29T00:00:00.000Z')
  assert.equal(parsed.updated?.toISOString(), '2022-08-02T00:00:00.000Z')
})

test('the feed changes only when a story does: its date is the latest change, not the clock', async () => {
  const a = buildFeed([await seed()], ORIGIN).rss2()
  await new Promise((r) => setTimeout(r, 5))
  assert.equal(buildFeed([await seed()], ORIGIN).rss2(), a)
})

test('the JSON feed is JSON Feed 1.1 with its required fields', async () => {
  const doc = JSON.parse(jsonFeed(buildFeed([await seed()], ORIGIN)))
  assert.equal(doc.version, 'https://jsonfeed.org/version/1.1')
  assert.equal(doc.title, 'Dateline')
  assert.equal(doc.feed_url, `${ORIGIN}/feed.json`)
  assert.equal(doc.items.length, 1)
  assert.equal(doc.items[0].id, `${ORIGIN}/timelines/lavrov-blinken-prisoner-swap`)
  assert.equal(typeof doc.items[0].content_html, 'string')
})

test('an empty site still writes valid feeds', () => {
  const feed = buildFeed([], ORIGIN)
  assert.equal(parseFeed(feed.rss2()).items.length, 0)
  assert.equal(JSON.parse(jsonFeed(feed)).items.length, 0)
})

test('discovery links name the three feeds by media type on the given origin', () => {
  assert.deepEqual(Object.keys(feedAlternates(ORIGIN)), ['application/rss+xml', 'application/atom+xml', 'application/feed+json'])
  assert.equal(feedAlternates(ORIGIN)['application/rss+xml']?.[0]?.url, `${ORIGIN}/feed.xml`)
})

test('a story’s corrections travel in its feed item, each with its day', async () => {
  const r = await loadTimelineFile(path.join(import.meta.dirname, '..', 'content', 'fixtures', 'publishing', 'public-story.mdx'))
  if (!r.ok) throw new Error('fixture does not load')
  const text = correctionsText(r.timeline)
  for (const c of r.timeline.meta.corrections) assert.ok(text.includes(`Correction (${formatDay(c.date)}): ${c.text}`))
  assert.ok(text.startsWith(r.timeline.meta.summary))
})

test('what the feed adds to a story’s item is in the story’s language: a Russian story’s corrections say so in Russian', async () => {
  const r = await loadTimelineFile(path.join(import.meta.dirname, '..', 'content', 'fixtures', 'publishing', 'public-story.mdx'))
  if (!r.ok) throw new Error('fixture does not load')
  const russian = { ...r.timeline, meta: { ...r.timeline.meta, language: 'ru', corrections: [{ date: '2022-08-01', text: 'Уточнена дата встречи.' }] } }
  const text = correctionsText(russian)
  assert.ok(text.includes('Исправление (1 августа 2022 г.): Уточнена дата встречи.'), text)
  assert.doesNotMatch(text, /Correction/)
})

test('the feed is described in the site’s language and says which it is', async () => {
  const doc = JSON.parse(jsonFeed(buildFeed([await seed()], ORIGIN, 'es')))
  assert.equal(doc.language, 'es')
  assert.equal(doc.description, 'Noticias contadas como cronologías interactivas y accesibles.')
  const rss = buildFeed([await seed()], ORIGIN, 'ar').rss2()
  assert.match(rss, /<language>ar<\/language>/)
  assert.match(buildFeed([await seed()], ORIGIN).atom1(), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/)
})
