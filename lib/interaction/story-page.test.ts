import assert from 'node:assert/strict'
import { test } from 'node:test'
import { locatedQuote, pageToBringIn, scrolledPast } from './story-page'

const quotes = [
  { id: 'q1', eventId: 'e1' },
  { id: 'q2', eventId: undefined },
]

test('"Show on the timeline" pins the quote open and selects its event', () => {
  assert.deepEqual(locatedQuote(quotes, 'q1'), { pinned: 'q1', select: 'e1' })
})

test('"Show on the timeline" under a quote of no event only pins it open', () => {
  assert.deepEqual(locatedQuote(quotes, 'q2'), { pinned: 'q2', select: undefined })
})

test('"Show on the timeline" for a quote of another timeline does nothing', () => {
  assert.equal(locatedQuote(quotes, 'elsewhere'), undefined)
})

test('the strip shows once the timeline has left the screen at the top', () => {
  assert.equal(scrolledPast({ isIntersecting: false, top: -400 }), true)
})

test('the strip stays hidden while the timeline is on screen, or below it', () => {
  assert.equal(scrolledPast({ isIntersecting: true, top: -10 }), false)
  assert.equal(scrolledPast({ isIntersecting: false, top: 900 }), false)
  assert.equal(scrolledPast(undefined), false)
})

const events = ['a', 'b', 'c'].map((id) => ({ id }))
const paged = { input: { events }, pages: { slug: 'long', of: [1, 1, 2] } } as unknown as Parameters<typeof pageToBringIn>[0]

test('a link to an event whose section is on a later page brings that page in, or opens it', () => {
  assert.deepEqual(pageToBringIn(paged, 'c', () => false), { page: 2, href: '/timelines/long/page/2#c' })
})

test('a link to an event whose section is here, or to no event, brings nothing in', () => {
  assert.equal(pageToBringIn(paged, 'c', () => true), undefined)
  assert.equal(pageToBringIn(paged, 'nowhere', () => false), undefined)
  assert.equal(pageToBringIn(paged, undefined, () => false), undefined)
})

test('a story in one page, or a model for details only, brings no page in', () => {
  assert.equal(pageToBringIn({ ...paged, pages: undefined } as typeof paged, 'c', () => false), undefined)
  assert.equal(pageToBringIn({ ...paged, pages: { slug: 'long', of: [1, 1, 2], detailsOnly: true } } as typeof paged, 'c', () => false), undefined)
})
