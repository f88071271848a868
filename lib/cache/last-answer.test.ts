import assert from 'node:assert/strict'
import { test } from 'node:test'
import { lastAnswer } from './last-answer'

test('the last answer holds for the same items under the same key, and only then', () => {
  let calls = 0
  const count = lastAnswer((items: readonly object[], key: string) => ({ n: items.length, key, call: ++calls }))
  const a = {}
  const b = {}
  const first = count([a, b], 'en')
  assert.equal(count([a, b], 'en'), first, 'a new array of the same objects')
  assert.notEqual(count([b, a], 'en'), first, 'another order')
  assert.notEqual(count([b, a], 'es'), count([b, a], 'en'), 'another key')
  assert.notEqual(count([a, {}], 'en').call, first.call, 'an object replaced')
  assert.equal(count([a], 'en').n, 1)
  assert.equal(calls, 6)
})
