import assert from 'node:assert/strict'
import { test } from 'node:test'
import { clusterRuns } from './clusters'
import { seededRandom } from '../test-support/seeded-random'

const options = { span: 20, reach: 50, crowd: 4 }

test('sparse marks stand alone', () => {
  assert.deepEqual(clusterRuns([0, 100, 200, 300], options), [[0, 0], [1, 1], [2, 2], [3, 3]])
})

test('a crowd merges into runs no wider than the span', () => {
  const anchors = [100, 101, 105, 110, 118, 125, 130, 400]
  const runs = clusterRuns(anchors, options)
  assert.deepEqual(runs, [[0, 4], [5, 6], [7, 7]])
  for (const [a, b] of runs) assert.ok(anchors[b]! - anchors[a]! <= options.span)
})

test('close marks with room around them stay apart', () => {
  // Two marks 5 px apart, nothing else near: their labels can take two lanes.
  assert.deepEqual(clusterRuns([100, 105, 400], options), [[0, 0], [1, 1], [2, 2]])
})

test('every index is in exactly one run, in order', () => {
  const rand = seededRandom(7)
  for (let round = 0; round < 50; round++) {
    const anchors = Array.from({ length: 200 }, () => rand() * 1000).sort((a, b) => a - b)
    const runs = clusterRuns(anchors, options)
    let next = 0
    for (const [a, b] of runs) {
      assert.equal(a, next)
      assert.ok(b >= a)
      next = b + 1
    }
    assert.equal(next, anchors.length)
  }
})

test('no anchors, no runs', () => {
  assert.deepEqual(clusterRuns([], options), [])
})
