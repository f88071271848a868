import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EventBrief, EventDetail } from '../content/event-details'
import { shownDetail } from './detail'

const brief: EventBrief = { id: 'e', title: 'Titre', dateText: '3 mai', tags: [], quotes: [{ id: 'q', by: 'A' }] }
const whole: EventDetail = { id: 'e', title: 'Title', dateText: 'May 3', tags: [], paragraphs: [[{ text: 'Body' }]], sources: [], quotes: [{ id: 'q', text: 'Said', by: 'A', dateText: 'May 3' }] }
const words = new Map([['q', 'Said']])

test('a whole detail is shown as it is', () => {
  assert.equal(shownDetail(whole, undefined, words), whole)
})

test('a brief not yet completed shows its own words and the quotes from the layout input', () => {
  const shown = shownDetail(brief, undefined, words)
  assert.deepEqual(shown.paragraphs, [])
  assert.equal(shown.quotes[0]!.text, 'Said')
  assert.equal(shown.title, 'Titre')
})

test('a brief completed from its page file keeps its own language over the file', () => {
  const shown = shownDetail(brief, whole, words)
  assert.equal(shown.title, 'Titre')
  assert.equal(shown.dateText, '3 mai')
  assert.deepEqual(shown.paragraphs, whole.paragraphs)
  assert.equal(shown.quotes[0]!.text, 'Said')
})
