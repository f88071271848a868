import assert from 'node:assert/strict'
import { test } from 'node:test'
import { keyStep } from './key-steps'

test('left to right, ArrowRight and ArrowDown move to the later event, ArrowLeft and ArrowUp to the earlier', () => {
  assert.deepEqual(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].map((k) => keyStep(k, 'ltr')), [1, 1, -1, -1])
})

test('right to left, ArrowLeft moves to the later event and ArrowRight to the earlier; up and down are unchanged', () => {
  assert.deepEqual(['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp'].map((k) => keyStep(k, 'rtl')), [1, 1, -1, -1])
})

test('Home and End are the first and last in time in either direction', () => {
  for (const direction of ['ltr', 'rtl'] as const) assert.deepEqual([keyStep('Home', direction), keyStep('End', direction)], ['first', 'last'])
})

test('other keys do not move', () => {
  for (const key of ['Enter', ' ', 'a', 'PageDown']) assert.equal(keyStep(key, 'rtl'), undefined)
})
