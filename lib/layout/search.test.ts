import assert from 'node:assert/strict'
import { test } from 'node:test'
import { partitionPoint } from './search'

test('finds the first index past the prefix, at both ends and in between', () => {
  const values = [1, 3, 3, 5, 8]
  assert.equal(partitionPoint(values.length, (i) => values[i]! < 3), 1)
  assert.equal(partitionPoint(values.length, (i) => values[i]! <= 3), 3)
  assert.equal(partitionPoint(values.length, (i) => values[i]! < 0), 0)
  assert.equal(partitionPoint(values.length, (i) => values[i]! < 100), 5)
  assert.equal(partitionPoint(0, () => true), 0)
})
