import assert from 'node:assert/strict'
import { test } from 'node:test'
import { seriesLinks } from './series'

const story = (slug: string, published: string, series?: string) => ({ slug, title: slug, published, ...(series ? { series } : {}) })
const a = story('a', '2022-07-29', 'swaps')
const b = story('b', '2022-12-08', 'swaps')
const c = story('c', '2024-08-01T18:00:00Z', 'swaps')
const other = story('other', '2023-01-01', 'elsewhere')

test('a story links to the earlier and later stories of its series, oldest first', () => {
  const slugs = (l: { slug: string }[]) => l.map((s) => s.slug)
  const links = seriesLinks(b, [c, other, a, b])
  assert.deepEqual(slugs(links.earlier), ['a'])
  assert.deepEqual(slugs(links.later), ['c'])
  assert.deepEqual(slugs(seriesLinks(a, [c, b, a]).later), ['b', 'c'])
  assert.deepEqual(slugs(seriesLinks(c, [c, b, a]).earlier), ['a', 'b'])
})

test('a story without a series, or alone in it, has no series links', () => {
  assert.deepEqual(seriesLinks(story('x', '2022-01-01'), [a, b]), { earlier: [], later: [] })
  assert.deepEqual(seriesLinks(other, [a, b, other]), { earlier: [], later: [] })
})

test('stories published the same day are ordered by slug', () => {
  const d = story('d', '2022-12-08', 'swaps')
  assert.deepEqual(seriesLinks(d, [a, b, d]).earlier.map((s) => s.slug), ['a', 'b'])
})
