import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dimmedEvents, tagSlotsById, toggleTag } from './tags'

const details = [
  { id: 'a', tags: ['war', 'prisoners'] },
  { id: 'b', tags: ['prisoners'] },
  { id: 'c', tags: [] },
]

test('an event takes the colour of its first tag, and an untagged one none', () => {
  assert.deepEqual(tagSlotsById(details, [{ tag: 'prisoners', slot: 0 }, { tag: 'war', slot: 1 }]), { a: 1, b: 0 })
})

test('an event is filtered out only when every one of its tags is hidden', () => {
  assert.deepEqual([...dimmedEvents(details, new Set(['war']))], [])
  assert.deepEqual([...dimmedEvents(details, new Set(['prisoners']))], ['b'])
  assert.deepEqual([...dimmedEvents(details, new Set(['war', 'prisoners']))].sort(), ['a', 'b'])
})

test('untagged events always show', () => {
  assert.ok(!dimmedEvents(details, new Set(['war', 'prisoners', 'anything'])).has('c'))
})

test('a tag button hides a shown tag and shows a hidden one, leaving the set it was given as it was', () => {
  const hidden = new Set(['war'])
  assert.deepEqual([...toggleTag(hidden, 'prisoners')].sort(), ['prisoners', 'war'])
  assert.deepEqual([...toggleTag(hidden, 'war')], [])
  assert.deepEqual([...hidden], ['war'])
})
