import assert from 'node:assert/strict'
import { test } from 'node:test'
import { indexPagePath, indexPageRanges } from './index-pages'

test('the index is split into pages of at most the page size, with always a first page', () => {
  assert.deepEqual(indexPageRanges(0, 30), [{ start: 0, end: 0 }])
  assert.deepEqual(indexPageRanges(30, 30), [{ start: 0, end: 30 }])
  assert.deepEqual(indexPageRanges(7, 3), [
    { start: 0, end: 3 },
    { start: 3, end: 6 },
    { start: 6, end: 7 },
  ])
  assert.equal(indexPageRanges(1_000, 30).length, 34)
})

test('the first page is the root, the others folders below it', () => {
  assert.equal(indexPagePath(1), '/')
  assert.equal(indexPagePath(2), '/page/2')
})
