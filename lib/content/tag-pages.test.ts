import assert from 'node:assert/strict'
import { test } from 'node:test'
import { laterPageFromParam } from './page-param'
import { tagPagePath, tagPageRanges } from './tag-pages'

test('stories that fit the limits share one page', () => {
  assert.deepEqual(tagPageRanges([100, 200, 300], { maxEvents: 1000, maxStories: 20 }), [{ start: 0, end: 3 }])
})

test('a page ends before the story that would take it over the event limit', () => {
  assert.deepEqual(tagPageRanges([400, 400, 300, 100], { maxEvents: 1000, maxStories: 20 }), [
    { start: 0, end: 2 },
    { start: 2, end: 4 },
  ])
})

test('a story larger than the event limit has a page of its own', () => {
  assert.deepEqual(tagPageRanges([50, 5000, 50], { maxEvents: 1000, maxStories: 20 }), [
    { start: 0, end: 1 },
    { start: 1, end: 2 },
    { start: 2, end: 3 },
  ])
})

test('a page holds at most the story limit, however short the stories', () => {
  assert.deepEqual(tagPageRanges([1, 1, 1, 1, 1], { maxEvents: 1000, maxStories: 2 }), [
    { start: 0, end: 2 },
    { start: 2, end: 4 },
    { start: 4, end: 5 },
  ])
})

test('every story is on exactly one page, in order, and no page passes the limits unless one story does', () => {
  const counts = Array.from({ length: 1000 }, (_, i) => 30 + ((i * 97) % 271))
  const pages = tagPageRanges(counts)
  assert.deepEqual(
    pages.flatMap((p) => counts.slice(p.start, p.end).map((_, j) => p.start + j)),
    counts.map((_, i) => i),
  )
  for (const p of pages) {
    assert.ok(p.end - p.start >= 1 && p.end - p.start <= 20)
    assert.ok(counts.slice(p.start, p.end).reduce((a, b) => a + b, 0) <= 1000)
  }
})

test('an empty tag has one empty page', () => {
  assert.deepEqual(tagPageRanges([]), [{ start: 0, end: 0 }])
})

test('the first page is the tag\'s own path; the others are folders below it', () => {
  assert.equal(tagPagePath('prisoners', 1), '/tags/prisoners')
  assert.equal(tagPagePath('prisoners', 2), '/tags/prisoners/page/2')
  assert.equal(tagPagePath('россия', 3), '/tags/%D1%80%D0%BE%D1%81%D1%81%D0%B8%D1%8F/page/3')
})

test('a page segment names pages from 2, in plain digits only', () => {
  assert.equal(laterPageFromParam('2'), 2)
  assert.equal(laterPageFromParam('120'), 120)
  for (const bad of ['1', '0', '02', '-2', '2.0', ' 2', '', 'two', '1e3', '9999999']) assert.equal(laterPageFromParam(bad), undefined, bad)
})
