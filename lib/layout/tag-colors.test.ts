import assert from 'node:assert/strict'
import { test } from 'node:test'
import { TAG_COLOURS, tagSlots } from './tag-colors'

test('the most used tag gets the first colour', () => {
  const slots = tagSlots([['war'], ['diplomacy', 'war'], ['diplomacy'], ['diplomacy']])
  assert.equal(slots.get('diplomacy'), 0)
  assert.equal(slots.get('war'), 1)
})

test('ties are broken alphabetically, so colours are stable', () => {
  const slots = tagSlots([['b'], ['a']])
  assert.deepEqual([...slots], [['a', 0], ['b', 1]])
})

test('tags beyond the palette share its last colour', () => {
  const tags = Array.from({ length: TAG_COLOURS + 3 }, (_, i) => [`t${String(i).padStart(2, '0')}`])
  const slots = tagSlots(tags)
  assert.equal(Math.max(...slots.values()), TAG_COLOURS - 1)
  assert.equal(slots.size, TAG_COLOURS + 3)
})

test('no tags, no slots', () => {
  assert.equal(tagSlots([[], []]).size, 0)
})
