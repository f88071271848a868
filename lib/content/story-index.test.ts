import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { loadTimelineFile, summarize } from './load.server'
import { byLatest, filterEntries, fold, haystackOf, indexEntry, type IndexEntry } from './story-index'

async function entry(name: string): Promise<IndexEntry> {
  const r = await loadTimelineFile(path.join(import.meta.dirname, 'fixtures', `${name}.mdx`))
  if (!r.ok) throw new Error(`${name} does not load`)
  return indexEntry(r.timeline, summarize(r.timeline))
}

test('folding ignores case, accents and spacing', () => {
  assert.equal(fold('  Lavróv   TASHKENT\n'), 'lavrov tashkent')
  assert.equal(fold('Лавров'), 'лавров')
})

test('a story is found by every word of its title, summary, event titles and quotes, and by nothing else', async () => {
  const e = await entry('every-date-form')
  const title = e.title.split(' ')[0]!
  assert.deepEqual(filterEntries([e], { query: title.toUpperCase() }), [e])
  assert.deepEqual(filterEntries([e], { query: `${title} zzzzqqq` }), [])
  assert.deepEqual(filterEntries([e], { query: '' }), [e])
})

test('each word is kept once, and a query finds in the words what it finds in the whole text', () => {
  const texts = ['Talks in Tashkent', 'Talks resume: TALKS in Geneva', 'Лавров в Ташкенте']
  assert.equal(haystackOf(texts), 'talks in tashkent resume: geneva лавров в ташкенте')
  const whole = fold(texts.join(' '))
  for (const query of ['talk', 'kent talks', 'resume: gen', 'in', 'ташк', 'ks res', 'xyz', 'eneva лав']) {
    const words = fold(query).split(' ')
    assert.equal(
      words.every((w) => haystackOf(texts).includes(w)),
      words.every((w) => whole.includes(w)),
      query,
    )
  }
})

test('tags and years narrow the list; years cover every year an event touches', async () => {
  const e = await entry('every-date-form')
  assert.ok(e.years.length > 1)
  assert.deepEqual(e.years, [...e.years].sort((a, b) => a - b))
  assert.deepEqual(filterEntries([e], { year: e.years[0]! }), [e])
  assert.deepEqual(filterEntries([e], { year: 1 }), [])
  assert.deepEqual(filterEntries([e], { tag: 'no-such-tag' }), [])
  if (e.tags[0]) assert.deepEqual(filterEntries([e], { tag: e.tags[0] }), [e])
})

test('the latest change comes first', () => {
  const a = { slug: 'a', latest: '2022-07-29' } as IndexEntry
  const b = { slug: 'b', latest: '2024-08-01' } as IndexEntry
  const c = { slug: 'c', latest: '2024-08-01' } as IndexEntry
  assert.deepEqual([a, c, b].sort(byLatest).map((x) => x.slug), ['b', 'c', 'a'])
})
