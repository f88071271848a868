import assert from 'node:assert/strict'
import { test } from 'node:test'
import { keyAction } from './keys'

const on = (target: 'event' | 'cluster' | 'elsewhere', direction: 'ltr' | 'rtl' = 'ltr', modified = false) => ({ target, direction, modified })

test('+ and = zoom in, - and _ zoom out, 0 fits, anywhere in the drawings', () => {
  for (const target of ['event', 'cluster', 'elsewhere'] as const) {
    assert.deepEqual(['+', '='].map((k) => keyAction(k, on(target))), [{ kind: 'zoom', factor: 2 }, { kind: 'zoom', factor: 2 }])
    assert.deepEqual(['-', '_'].map((k) => keyAction(k, on(target))), [{ kind: 'zoom', factor: 0.5 }, { kind: 'zoom', factor: 0.5 }])
    assert.deepEqual(keyAction('0', on(target)), { kind: 'fit' })
  }
})

test('with Ctrl, ⌘ or Alt held the zoom keys are the browser’s', () => {
  assert.equal(keyAction('+', on('event', 'ltr', true)), undefined)
  assert.equal(keyAction('0', on('elsewhere', 'ltr', true)), undefined)
})

test('arrows follow the reading direction on an event and on a cluster alike', () => {
  assert.deepEqual(keyAction('ArrowRight', on('event')), { kind: 'step', step: 1 })
  assert.deepEqual(keyAction('ArrowRight', on('cluster', 'rtl')), { kind: 'step', step: -1 })
  assert.deepEqual(keyAction('ArrowLeft', on('event', 'rtl')), { kind: 'step', step: 1 })
  assert.deepEqual(keyAction('End', on('cluster')), { kind: 'step', step: 'last' })
})

test('arrows do nothing away from a mark', () => {
  assert.equal(keyAction('ArrowRight', on('elsewhere')), undefined)
  assert.equal(keyAction('Enter', on('elsewhere')), undefined)
})

test('Enter and Space act on the mark', () => {
  for (const target of ['event', 'cluster'] as const) {
    assert.deepEqual(keyAction('Enter', on(target)), { kind: 'enter' })
    assert.deepEqual(keyAction(' ', on(target)), { kind: 'enter' })
  }
})

test('Escape lets go on an event or elsewhere, but not on a cluster, which opens nothing', () => {
  assert.deepEqual(keyAction('Escape', on('event')), { kind: 'escape' })
  assert.deepEqual(keyAction('Escape', on('elsewhere')), { kind: 'escape' })
  assert.equal(keyAction('Escape', on('cluster')), undefined)
})

test('any other key is the browser’s', () => {
  for (const key of ['a', 'Tab', 'PageDown']) assert.equal(keyAction(key, on('event')), undefined)
})
