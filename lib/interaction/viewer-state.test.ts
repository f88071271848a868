import assert from 'node:assert/strict'
import { test } from 'node:test'
import { initialViewerState, keyOutcome } from './viewer-state'

const ids = ['a', 'b', 'c', 'd']
const event = (id: string, order: number) => ({ id, order, count: 1, cluster: false })
const cluster = { id: 'c1', order: 1, count: 2, cluster: true }

test('a timeline starts with the tags the model hides hidden and nothing open', () => {
  const state = initialViewerState('b', ['war'])
  assert.equal(state.selectedId, 'b')
  assert.deepEqual([...state.hiddenTags], ['war'])
  assert.equal(state.openId, undefined)
  assert.equal(state.zoom.loaded, false)
  assert.equal(state.currentId, undefined)
  assert.equal(state.stripShown, false)
})

test('a step from an event selects the next one and focuses it', () => {
  assert.deepEqual(keyOutcome({ kind: 'step', step: 1 }, ids, event('b', 1)), { select: 'c', focus: true })
})

test('a step later from a cluster leaves from its last event', () => {
  assert.deepEqual(keyOutcome({ kind: 'step', step: 1 }, ids, cluster), { select: 'd', focus: true })
})

test('a step earlier from a cluster leaves from its first event', () => {
  assert.deepEqual(keyOutcome({ kind: 'step', step: -1 }, ids, cluster), { select: 'a', focus: true })
})

test('Enter on an event selects it and opens its detail, without moving the focus', () => {
  assert.deepEqual(keyOutcome({ kind: 'enter' }, ids, event('c', 2)), { select: 'c', patch: { openId: 'c' } })
})

test('Enter on a cluster steps in at its first event', () => {
  assert.deepEqual(keyOutcome({ kind: 'enter' }, ids, cluster), { select: 'b', focus: true })
})

test('Escape lets go of the pinned callout and closes the detail, on a mark or elsewhere', () => {
  const done = { patch: { pinned: undefined, openId: undefined } }
  assert.deepEqual(keyOutcome({ kind: 'escape' }, ids, event('a', 0)), done)
  assert.deepEqual(keyOutcome({ kind: 'escape' }, ids, undefined), done)
})

test('steps and Enter off any mark do nothing, and zoom keys are not decided here', () => {
  assert.equal(keyOutcome({ kind: 'step', step: 1 }, ids, undefined), undefined)
  assert.equal(keyOutcome({ kind: 'enter' }, ids, undefined), undefined)
  assert.equal(keyOutcome({ kind: 'zoom', factor: 2 }, ids, event('a', 0)), undefined)
})
