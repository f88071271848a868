import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseSpan } from '../time/parse'
import { DRAWING_WIDTHS } from './drawing-widths'
import { drawings } from './drawings'
import { ENGLISH_LAYOUT } from './layout-texts'

const span = (date: string) => {
  const r = parseSpan(date)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

test('both drawings at their widths, and zoom inputs that carry only what layout reads', () => {
  // As a story's model has them: with bodies, places and sources the browser does not need.
  const events = [{ id: 'a', title: 'A', span: span('2022-02-24'), importance: 2 as const, quoteIds: ['q'], body: 'long text', place: 'Kyiv' }]
  const quotes = [{ id: 'q', text: 'Said', by: 'B', span: span('2022-02-24'), eventId: 'a', source: { outlet: 'Wire' } }]
  const d = drawings(events, quotes, 'en', ENGLISH_LAYOUT)
  assert.equal(d.horizontal.width, DRAWING_WIDTHS.horizontal)
  assert.equal(d.vertical.width, DRAWING_WIDTHS.vertical)
  assert.deepEqual(d.zoomInput, {
    events: [{ id: 'a', title: 'A', span: events[0]!.span, importance: 2, quoteIds: ['q'] }],
    quotes: [{ id: 'q', text: 'Said', by: 'B', span: quotes[0]!.span, eventId: 'a' }],
    width: DRAWING_WIDTHS.horizontal,
    locale: 'en',
    texts: ENGLISH_LAYOUT,
  })
  assert.deepEqual(d.horizontal.events.map((e) => e.id), ['a'])
  assert.deepEqual(d.vertical.callouts.map((c) => c.id), ['q'])
})
