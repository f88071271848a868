import assert from 'node:assert/strict'
import { test } from 'node:test'
import { closest, editDistance } from './suggest'

test('swapped letters cost one edit', () => {
  assert.equal(editDistance('titel', 'title'), 1)
})

test('insertions, deletions and substitutions cost one each', () => {
  assert.equal(editDistance('date', 'dates'), 1)
  assert.equal(editDistance('date', 'dat'), 1)
  assert.equal(editDistance('date', 'data'), 1)
  assert.equal(editDistance('', 'abc'), 3)
})

test('a typo finds the known name', () => {
  assert.equal(closest('titel', ['date', 'title', 'end']), 'title')
  assert.equal(closest('Evnt', ['Event', 'Quote']), 'Event')
  assert.equal(closest('event', ['Event', 'Quote']), 'Event')
  assert.equal(closest('importnace', ['importance', 'id']), 'importance')
})

test('an unrelated name finds nothing', () => {
  assert.equal(closest('colour', ['date', 'title', 'end']), undefined)
  assert.equal(closest('xyz', ['Event', 'Quote']), undefined)
})
