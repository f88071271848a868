import assert from 'node:assert/strict'
import { test } from 'node:test'
import { domProp, styleText } from './dom-props'

test('className, htmlFor and tabIndex are written as class, for and tabindex', () => {
  assert.deepEqual(domProp('className', 'tl-zoom'), { kind: 'attribute', name: 'class', value: 'tl-zoom' })
  assert.deepEqual(domProp('htmlFor', 'x'), { kind: 'attribute', name: 'for', value: 'x' })
  assert.deepEqual(domProp('tabIndex', -1), { kind: 'attribute', name: 'tabindex', value: '-1' })
})

test('a true boolean attribute is present and empty; a false one is left out', () => {
  assert.deepEqual(domProp('disabled', true), { kind: 'attribute', name: 'disabled', value: '' })
  assert.deepEqual(domProp('disabled', false), { kind: 'skip' })
})

test('ARIA states spell their booleans out, false included', () => {
  assert.deepEqual(domProp('aria-pressed', false), { kind: 'attribute', name: 'aria-pressed', value: 'false' })
  assert.deepEqual(domProp('aria-hidden', 'true'), { kind: 'attribute', name: 'aria-hidden', value: 'true' })
})

test('onClick becomes a click listener; a missing handler is nothing', () => {
  assert.deepEqual(domProp('onClick', () => {}), { kind: 'listener', type: 'click' })
  assert.deepEqual(domProp('onKeyDown', () => {}), { kind: 'listener', type: 'keydown' })
  assert.deepEqual(domProp('onClick', undefined), { kind: 'skip' })
})

test('SVG attributes keep their case', () => {
  assert.deepEqual(domProp('viewBox', '0 0 16 16'), { kind: 'attribute', name: 'viewBox', value: '0 0 16 16' })
})

test('undefined, children and key write nothing', () => {
  assert.deepEqual(domProp('title', undefined), { kind: 'skip' })
  assert.deepEqual(domProp('children', 'x'), { kind: 'skip' })
  assert.deepEqual(domProp('key', 'x'), { kind: 'skip' })
})

test('an object where an attribute belongs is an error, not "[object Object]"', () => {
  assert.throws(() => domProp('title', { a: 1 }), /title: object/)
})

test('a style object is written as CSS text, camel case to kebab, empty values left out', () => {
  assert.equal(styleText({ left: '3%', marginTop: '2px', width: undefined }), 'left:3%;margin-top:2px')
})
