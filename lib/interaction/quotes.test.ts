import assert from 'node:assert/strict'
import { test } from 'node:test'
import { expandedQuote, quoteIdOf, quoteMeta, togglePin } from './quotes'

const attrs = (values: Record<string, string>) => (name: string) => values[name] ?? null

test('a callout and its opened popover name the same quote', () => {
  assert.equal(quoteIdOf(attrs({ 'data-quote-id': 'q1' })), 'q1')
  assert.equal(quoteIdOf(attrs({ 'data-quote-popover': 'q1' })), 'q1')
  assert.equal(quoteIdOf(attrs({})), undefined)
})

test('the quote under the pointer opens before the pinned one, and the pinned one before the selected event’s', () => {
  const selected = { quotes: [{ id: 'q3', text: '', by: '' }] }
  assert.equal(expandedQuote({ hover: 'q1', pinned: 'q2', selected }), 'q1')
  assert.equal(expandedQuote({ pinned: 'q2', selected }), 'q2')
  assert.equal(expandedQuote({ selected }), 'q3')
  assert.equal(expandedQuote({ selected: { quotes: [] } }), undefined)
  assert.equal(expandedQuote({}), undefined)
})

test('a tap pins a callout open, and a tap on the pinned one lets it go', () => {
  assert.equal(togglePin(undefined, 'q1'), 'q1')
  assert.equal(togglePin('q2', 'q1'), 'q1')
  assert.equal(togglePin('q1', 'q1'), undefined)
})

test('an opened callout names the speaker with their role, and the source and date where the detail or its brief has them', () => {
  const meta = quoteMeta(
    [
      { id: 'q1', by: 'Sergei Lavrov', role: 'foreign minister' },
      { id: 'q2', by: 'Antony Blinken' },
    ],
    [{ quotes: [{ id: 'q1', by: '', source: 'TASS', dateText: 'July 29, 2022' }, { id: 'q2', by: '' }] }],
  )
  assert.deepEqual(meta, { q1: { by: 'Sergei Lavrov, foreign minister', meta: 'TASS, July 29, 2022' }, q2: { by: 'Antony Blinken' } })
})
