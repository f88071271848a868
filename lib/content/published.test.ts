import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { getPublicTimeline, getPublished, listPublicSlugs } from './published.server'
import { summarize } from './load.server'
import { seriesLinks } from './series'

// A public story, an earlier public one, a draft and one under embargo until 2099.
const dir = path.join(import.meta.dirname, 'fixtures', 'publishing')
const now = new Date('2026-12-01T12:00:00Z')
const production = { now, includeUnpublished: false }

test('getPublished lists only public stories, newest first, and leaves drafts and embargoed ones out', async () => {
  const { timelines, unpublished } = await getPublished(dir, production)
  assert.deepEqual(timelines.map((t) => t.slug), ['public-story', 'earlier-story'])
  assert.deepEqual(unpublished, [])
})

test('where unpublished stories are shown, getPublished lists them apart, each with why', async () => {
  const { timelines, unpublished } = await getPublished(dir, { now, includeUnpublished: true, compile: false })
  assert.equal(timelines.length, 2)
  assert.deepEqual(unpublished.map((u) => [u.timeline.slug, u.publicness]), [
    ['embargoed-story', { state: 'embargoed', until: '2099-12-24T06:00:00.000Z' }],
    ['draft-story', { state: 'draft' }],
  ])
})

test('listPublicSlugs prerenders public stories only in production', async () => {
  assert.deepEqual(await listPublicSlugs(dir, production), ['earlier-story', 'public-story'])
  assert.equal((await listPublicSlugs(dir, { now, includeUnpublished: true })).length, 4)
})

test('an embargoed story becomes public once its moment has passed', async () => {
  const later = { now: new Date('2099-12-24T06:00:00Z'), includeUnpublished: false }
  assert.deepEqual(await listPublicSlugs(dir, later), ['earlier-story', 'embargoed-story', 'public-story'])
})

test('getPublicTimeline answers a draft and an embargoed story as missing in production', async () => {
  assert.equal(await getPublicTimeline('draft-story', dir, production), null)
  assert.equal(await getPublicTimeline('embargoed-story', dir, production), null)
  assert.equal((await getPublicTimeline('public-story', dir, production))?.slug, 'public-story')
  assert.equal((await getPublicTimeline('draft-story', dir, { now, includeUnpublished: true }))?.slug, 'draft-story')
})

test('series links are made from public stories, so a draft is never a neighbour', async () => {
  const { timelines } = await getPublished(dir, production)
  const summaries = timelines.map(summarize)
  const links = seriesLinks(summaries.find((s) => s.slug === 'public-story')!, summaries)
  assert.deepEqual(links.earlier.map((s) => s.slug), ['earlier-story'])
  assert.deepEqual(links.later, [])
})

test('sources, corrections and series reach the model', async () => {
  const t = await getPublicTimeline('public-story', dir, production)
  assert.ok(t)
  assert.deepEqual(t.events[0]!.sources, [
    { outlet: 'Example Wire', url: 'https://example.org/exchange', published: '2022-12-08', title: 'Exchange completed', line: 14 },
    { outlet: 'Second Wire', line: 15 },
  ])
  assert.equal(t.events[0]!.text, 'The exchange took place.')
  assert.deepEqual(t.meta.corrections, [{ date: '2022-12-09', text: 'An earlier version gave the wrong airport.' }])
  assert.equal(t.meta.series, 'swaps')
  assert.equal(t.meta.draft, false)
})

test('a date-time `published` is kept with its time', async () => {
  const t = await getPublicTimeline('earlier-story', dir, production)
  assert.equal(t?.meta.published, '2022-07-29T09:30:00.000Z')
})
