import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { loadTimelineFile } from '../content/load.server'
import { JSON_LD_MAX_ITEMS, jsonLdText, storyJsonLd } from './json-ld'

const ORIGIN = 'https://news.example'

async function fixture() {
  const r = await loadTimelineFile(path.join(import.meta.dirname, '..', 'content', 'fixtures', 'every-date-form.mdx'))
  if (!r.ok) throw new Error('fixture does not load')
  return r.timeline
}

test('a story is a NewsArticle, an ItemList of every event in time order, and a Quotation per quote', async () => {
  const t = await fixture()
  const [article, list, ...quotes] = storyJsonLd(t, ORIGIN) as Record<string, any>[] // eslint-disable-line @typescript-eslint/no-explicit-any
  assert.equal(article!['@type'], 'NewsArticle')
  assert.equal(article!.headline, t.meta.title)
  assert.equal(article!.url, `${ORIGIN}/timelines/${t.slug}`)
  assert.equal(article!.datePublished, t.meta.published)
  assert.equal(list!['@type'], 'ItemList')
  assert.deepEqual(
    list!.itemListElement.map((li: { item: { url: string } }) => li.item.url),
    t.events.map((e) => `${ORIGIN}/timelines/${t.slug}#${e.id}`),
  )
  assert.equal(quotes.length, t.quotes.length)
  for (const q of quotes) {
    assert.equal(q['@type'], 'Quotation')
    assert.deepEqual(q.isPartOf, { '@id': `${ORIGIN}/timelines/${t.slug}#article` })
  }
})

test('event dates are ISO 8601 at their own precision, with an end only for intervals', async () => {
  const t = await fixture()
  const list = storyJsonLd(t, ORIGIN)[1] as unknown as { itemListElement: { item: { startDate?: string; endDate?: string } }[] }
  for (const { item } of list.itemListElement) {
    if (item.startDate) assert.match(item.startDate, /^\d{4}(-\d{2}(-\d{2}(T[\d:]+([+-]\d{2}:\d{2}|Z)?)?)?)?$/)
    if (item.endDate) assert.ok(item.startDate === undefined || item.endDate >= item.startDate, `${item.startDate} → ${item.endDate}`)
  }
  assert.ok(list.itemListElement.some(({ item }) => item.endDate), 'the fixture has intervals')
})

test('no string can close the script element that holds the data', () => {
  const text = jsonLdText({ headline: '</script><script>alert(1)</script>' })
  assert.doesNotMatch(text, /<\/script/i)
  assert.deepEqual(JSON.parse(text), { headline: '</script><script>alert(1)</script>' })
})

test('corrections are CorrectionComments of the article, with their days', async () => {
  const r = await loadTimelineFile(path.join(import.meta.dirname, '..', 'content', 'fixtures', 'publishing', 'public-story.mdx'))
  if (!r.ok) throw new Error('fixture does not load')
  const article = storyJsonLd(r.timeline, ORIGIN)[0] as { correction?: { '@type': string; text: string; datePublished: string }[] }
  assert.deepEqual(
    article.correction,
    r.timeline.meta.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date })),
  )
  assert.ok(article.correction?.length)
})

test('a story of thousands of events lists its most important hundred, in time order, and counts them all', async () => {
  const base = await fixture()
  const events = Array.from({ length: 1_000 }, (_, i) => ({ ...base.events[0]!, id: `e${i}`, title: `Event ${i}`, importance: (i % 50 === 7 ? 1 : 2) as 1 | 2 | 3 }))
  const [, list] = storyJsonLd({ ...base, events, quotes: [] }, ORIGIN) as Record<string, any>[] // eslint-disable-line @typescript-eslint/no-explicit-any
  assert.equal(list!.numberOfItems, 1_000)
  assert.equal(list!.itemListElement.length, JSON_LD_MAX_ITEMS)
  const positions = list!.itemListElement.map((li: { position: number }) => li.position)
  assert.deepEqual(positions, [...positions].sort((a: number, b: number) => a - b))
  // The twenty major events first, then the earliest normal ones.
  assert.equal(list!.itemListElement.filter((li: { item: { name: string } }) => Number(li.item.name.slice(6)) % 50 === 7).length, 20)
  assert.equal(list!.itemListElement[0].item.name, 'Event 0')
})
