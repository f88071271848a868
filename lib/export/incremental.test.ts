import assert from 'node:assert/strict'
import { test } from 'node:test'
import { keptFiles, ownerOf, planExport, storyKeys, type ExportRecord, type StoryInput } from './incremental'

const CODE = 'c0de'
const ORIGIN = 'https://news.example'
const OUT = '/site/out'

const story = (slug: string, text = `text of ${slug}`, more: Partial<StoryInput> = {}): StoryInput => ({ slug, text, ...more })

/** The record an export of these stories would leave: one page and one data file per story, and the index. */
function recordOf(stories: readonly StoryInput[], code = CODE): ExportRecord {
  const files: ExportRecord['files'] = { 'index.html': { path: '/', type: 'text/html', headers: {} } }
  for (const s of stories) {
    files[`timelines/${s.slug}/index.html`] = { path: `/timelines/${s.slug}`, type: 'text/html', headers: {} }
    files[`api/v1/timelines/${s.slug}.json`] = { path: `/api/v1/timelines/${s.slug}.json`, type: 'application/json', headers: {} }
  }
  return { code, origin: ORIGIN, out: OUT, stories: Object.fromEntries(storyKeys(stories)), files }
}

const everyFile = (): boolean => true
const plan = (previous: ExportRecord | undefined, stories: readonly StoryInput[], { code = CODE, origin = ORIGIN, exists = everyFile as (file: string) => boolean } = {}) =>
  planExport(previous, { code, origin, out: OUT, keys: storyKeys(stories) }, exists)

const partial = (p: ReturnType<typeof plan>) => {
  assert.equal(p.mode, 'partial', p.mode === 'full' ? p.reason : '')
  return p as Extract<typeof p, { mode: 'partial' }>
}

test('with no earlier export, everything is rendered', () => {
  assert.deepEqual(plan(undefined, [story('a')]), { mode: 'full', reason: 'no earlier export' })
})

test('with nothing changed, every story is kept and none rendered', () => {
  const stories = [story('a'), story('b')]
  assert.deepEqual(plan(recordOf(stories), stories), { mode: 'partial', render: [], keep: ['a', 'b'], removed: [] })
})

test('a changed story is rendered again, the others kept', () => {
  const p = partial(plan(recordOf([story('a'), story('b')]), [story('a', 'retitled'), story('b')]))
  assert.deepEqual([p.render, p.keep, p.removed], [['a'], ['b'], []])
})

test('a new story is rendered, a removed one listed for deletion', () => {
  const p = partial(plan(recordOf([story('a'), story('b')]), [story('a'), story('c')]))
  assert.deepEqual([p.render, p.keep, p.removed], [['c'], ['a'], ['b']])
})

test('another code version renders everything', () => {
  assert.deepEqual(plan(recordOf([story('a')], 'old'), [story('a')]), { mode: 'full', reason: 'the code changed' })
})

test('another origin renders everything: every page names it', () => {
  assert.equal(plan(recordOf([story('a')]), [story('a')], { origin: 'https://other.example' }).mode, 'full')
})

test('a kept story whose file went missing from the folder renders everything', () => {
  const p = plan(recordOf([story('a'), story('b')]), [story('a', 'changed'), story('b')], { exists: (f) => f !== 'timelines/b/index.html' })
  assert.deepEqual(p, { mode: 'full', reason: 'timelines/b/index.html of the earlier export is missing' })
})

test('a missing file of a story rendered again anyway does not force a full export', () => {
  const p = plan(recordOf([story('a'), story('b')]), [story('a', 'changed'), story('b')], { exists: (f) => f !== 'timelines/a/index.html' })
  assert.deepEqual(partial(p).render, ['a'])
})

test('a story changed in a series renders the others of the series, whose pages link it', () => {
  const before = [story('a', 'one', { series: 's' }), story('b', 'two', { series: 's' }), story('c')]
  const p = partial(plan(recordOf(before), [story('a', 'one, retitled', { series: 's' }), story('b', 'two', { series: 's' }), story('c')]))
  assert.deepEqual([p.render, p.keep], [['a', 'b'], ['c']])
})

test('a story joining a series renders the stories already in it', () => {
  const before = [story('a', 'one', { series: 's' }), story('b', 'two'), story('c')]
  const p = partial(plan(recordOf(before), [story('a', 'one', { series: 's' }), story('b', 'two, now in s', { series: 's' }), story('c')]))
  assert.deepEqual(p.render, ['a', 'b'])
})

test('a new translation renders its original, whose page links its translations', () => {
  const before = [story('a'), story('b')]
  const p = partial(plan(recordOf(before), [story('a'), story('b'), story('a-es', 'traducción', { translationOf: 'a' })]))
  assert.deepEqual([p.render, p.keep], [['a', 'a-es'], ['b']])
})

test('a changed translation renders its original and the other translations', () => {
  const before = [story('a'), story('a-es', 'uno', { translationOf: 'a' }), story('a-ru', 'один', { translationOf: 'a' })]
  const p = partial(plan(recordOf(before), [story('a'), story('a-es', 'uno, corregido', { translationOf: 'a' }), story('a-ru', 'один', { translationOf: 'a' })]))
  assert.deepEqual(p.render, ['a', 'a-es', 'a-ru'])
})

test('a translation whose original appears later is rendered again then', () => {
  const before = [story('x-es', 'huérfana', { translationOf: 'x' })]
  const p = partial(plan(recordOf(before), [story('x-es', 'huérfana', { translationOf: 'x' }), story('x')]))
  assert.deepEqual(p.render, ['x', 'x-es'])
})

test('a story is owned by its page, card, widget and its data, calendar and oEmbed files', () => {
  for (const p of ['/timelines/a-b', '/timelines/a-b/', '/timelines/a-b/opengraph-image', '/embed/a-b', '/embed/a-b/source.json', '/api/timelines/a-b/timelinejs.json', '/api/v1/timelines/a-b.json', '/calendars/a-b.ics', '/oembed/a-b.json']) {
    assert.equal(ownerOf(p), 'a-b', p)
  }
})

test('the site\'s own files belong to no story', () => {
  for (const p of ['/', '/tags/x', '/tags/x/page/2', '/feed.xml', '/api/v1/timelines.json', '/api/v1/schema.json', '/sitemap.xml', '/docs/authoring', '/embed.js', '/calendars']) {
    assert.equal(ownerOf(p), undefined, p)
  }
})

test('kept files are the kept stories\' files only', () => {
  const record = recordOf([story('a'), story('b')])
  assert.deepEqual(Object.keys(keptFiles(record, ['b'])).sort(), ['api/v1/timelines/b.json', 'timelines/b/index.html'])
})
