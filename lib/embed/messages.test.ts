import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readWidgetMessage } from './messages'

test('a resize message with a slug and a finite height is read, the height rounded up', () => {
  assert.deepEqual(readWidgetMessage({ type: 'dateline:resize', slug: 'a-story', height: 412.3 }), { type: 'dateline:resize', slug: 'a-story', height: 413 })
})

test('a select message carries an event id', () => {
  assert.deepEqual(readWidgetMessage({ type: 'dateline:select', slug: 'a-story', id: 'talks-begin', extra: 1 }), { type: 'dateline:select', slug: 'a-story', id: 'talks-begin' })
})

test('a measure request names only the slug', () => {
  assert.deepEqual(readWidgetMessage({ type: 'dateline:measure', slug: 'a-story', height: 5 }), { type: 'dateline:measure', slug: 'a-story' })
})

test('messages of other libraries, strings and nulls are not ours', () => {
  for (const data of [null, undefined, 'dateline:resize', 42, { type: 'resize', slug: 'a', height: 10 }, { source: 'react-devtools' }]) assert.equal(readWidgetMessage(data), null)
})

test('hostile heights are refused: negative, infinite, not a number, absurdly tall', () => {
  for (const height of [-1, Infinity, NaN, '300', 1e9]) assert.equal(readWidgetMessage({ type: 'dateline:resize', slug: 'a', height }), null)
})

test('slugs and ids with markup or path characters are refused', () => {
  assert.equal(readWidgetMessage({ type: 'dateline:resize', slug: '<script>', height: 10 }), null)
  assert.equal(readWidgetMessage({ type: 'dateline:select', slug: 'a', id: '"><img src=x>' }), null)
  assert.equal(readWidgetMessage({ type: 'dateline:select', slug: '../admin', id: 'x' }), null)
})
