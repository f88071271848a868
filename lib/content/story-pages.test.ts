import { test } from 'node:test'
import assert from 'node:assert/strict'
import { EVENTS_PER_PAGE, PAGED_ABOVE, eventHref, laterPagePaths, listRange, pageCount, pageOfChunk, pageOfIndex, storyDetailsPath, storyPagePath } from './story-pages'

test('a story of up to PAGED_ABOVE events is one page', () => {
  assert.equal(pageCount(0), 1)
  assert.equal(pageCount(PAGED_ABOVE), 1)
  assert.equal(pageOfIndex(PAGED_ABOVE - 1, PAGED_ABOVE), 1)
})

test('a longer story has a page for every EVENTS_PER_PAGE events, the last one shorter', () => {
  assert.equal(pageCount(PAGED_ABOVE + 1), Math.ceil((PAGED_ABOVE + 1) / EVENTS_PER_PAGE))
  assert.equal(pageCount(2000), Math.ceil(2000 / EVENTS_PER_PAGE))
  assert.equal(pageOfIndex(0, 2000), 1)
  assert.equal(pageOfIndex(EVENTS_PER_PAGE - 1, 2000), 1)
  assert.equal(pageOfIndex(EVENTS_PER_PAGE, 2000), 2)
  assert.equal(pageOfIndex(1999, 2000), pageCount(2000))
})

test('a chunk of the article is on the page of its first event, as an event is', () => {
  for (const i of [0, EVENTS_PER_PAGE - 1, EVENTS_PER_PAGE, 3 * EVENTS_PER_PAGE + 7]) assert.equal(pageOfChunk(i), pageOfIndex(i, 10_000))
})

test('the list of page n shows the nth stretch of the events in time order; one page shows them all', () => {
  assert.deepEqual(listRange(1, 120), { start: 0, end: 120 })
  assert.deepEqual(listRange(1, 2000), { start: 0, end: EVENTS_PER_PAGE })
  assert.deepEqual(listRange(pageCount(2050), 2050), { start: (pageCount(2050) - 1) * EVENTS_PER_PAGE, end: 2050 })
})

test('the first page is the story itself; the others are folders under it', () => {
  assert.equal(storyPagePath('war', 1), '/timelines/war')
  assert.equal(storyPagePath('war', 3), '/timelines/war/page/3')
  assert.equal(storyPagePath('обмен', 2), '/timelines/%D0%BE%D0%B1%D0%BC%D0%B5%D0%BD/page/2')
  assert.equal(storyDetailsPath('war', 2), '/timelines/war/details/2.json')
})

test('a link to an event is its anchor on its own page, and only the anchor from that page', () => {
  assert.equal(eventHref('war', 2, 2, 'talks'), '#talks')
  assert.equal(eventHref('war', 2, 1, 'talks'), '/timelines/war#talks')
  assert.equal(eventHref('war', 1, 3, 'talks'), '/timelines/war/page/3#talks')
})

test('the later pages of a story are the folders of pages 2 to the last; a story of one page has none', () => {
  assert.deepEqual(laterPagePaths('ledger', 450), ['/timelines/ledger/page/2', '/timelines/ledger/page/3'])
  assert.deepEqual(laterPagePaths('ledger', PAGED_ABOVE), [])
  assert.deepEqual(laterPagePaths('обмен', PAGED_ABOVE + 1), [`/timelines/${encodeURIComponent('обмен')}/page/2`])
})
