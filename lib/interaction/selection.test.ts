import assert from 'node:assert/strict'
import { test } from 'node:test'
import { clusterExit, markFor, position, stepFrom, tabStop, type MarkRef } from './selection'

const ids = ['a', 'b', 'c', 'd', 'e']
// a and e stand alone; b, c and d are drawn as one cluster.
const marks: MarkRef[] = [
  { id: 'a', order: 0, count: 1 },
  { id: 'cluster-1', order: 1, count: 3 },
  { id: 'e', order: 4, count: 1 },
]

test('a step later or earlier moves one event in time order, held at either end', () => {
  assert.equal(stepFrom(ids, 'b', 1), 'c')
  assert.equal(stepFrom(ids, 'b', -1), 'a')
  assert.equal(stepFrom(ids, 'e', 1), 'e')
  assert.equal(stepFrom(ids, 'a', -1), 'a')
})

test('first and last go to the ends whatever is selected', () => {
  assert.equal(stepFrom(ids, 'c', 'first'), 'a')
  assert.equal(stepFrom(ids, undefined, 'last'), 'e')
})

test('with nothing selected, a step either way starts at the first event', () => {
  assert.equal(stepFrom(ids, undefined, 1), 'a')
  assert.equal(stepFrom(ids, undefined, -1), 'a')
  assert.equal(stepFrom(ids, 'not-an-event', 1), 'a')
})

test('an empty story has nowhere to step', () => {
  assert.equal(stepFrom([], undefined, 1), undefined)
})

test('a step later leaves a cluster from its last event, any other step from its first', () => {
  const cluster = marks[1]!
  assert.equal(clusterExit(ids, cluster, 1), 'd')
  assert.equal(clusterExit(ids, cluster, -1), 'b')
  assert.equal(stepFrom(ids, clusterExit(ids, cluster, 1), 1), 'e')
  assert.equal(stepFrom(ids, clusterExit(ids, cluster, -1), -1), 'a')
})

test('an event is reached through its own mark, or the cluster it is drawn in', () => {
  assert.equal(markFor(marks, 0)?.id, 'a')
  assert.equal(markFor(marks, 2)?.id, 'cluster-1')
  assert.equal(markFor(marks, undefined), undefined)
  assert.equal(markFor(marks, -1), undefined)
})

test('the tab stop is the selected event’s mark, else the first mark in time', () => {
  assert.equal(tabStop(marks, 3), 'cluster-1')
  assert.equal(tabStop(marks, 4), 'e')
  assert.equal(tabStop(marks, -1), 'a')
  assert.equal(tabStop([...marks].reverse(), undefined), 'a')
  assert.equal(tabStop([], 0), undefined)
})

test('the position counts from one, and -1 when nothing is selected', () => {
  assert.deepEqual(position(ids, 'c'), { index: 2, total: 5 })
  assert.deepEqual(position(ids, undefined), { index: -1, total: 5 })
})
