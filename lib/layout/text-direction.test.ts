import assert from 'node:assert/strict'
import { test } from 'node:test'
import { textDirection, textPlacement } from './text-direction'

test('a text reads the way its first letter does', () => {
  assert.equal(textDirection('الحدث "Blinken" قال', 'ltr'), 'rtl')
  assert.equal(textDirection('Blinken يقول', 'rtl'), 'ltr')
  assert.equal(textDirection('“שלום” he said', 'ltr'), 'rtl')
  assert.equal(textDirection('Вторжение', 'rtl'), 'ltr')
})

test('digits and marks are not letters: such a text reads the way its drawing does', () => {
  assert.equal(textDirection('2022 – 2023', 'rtl'), 'rtl')
  assert.equal(textDirection('١٥/٠١', 'ltr'), 'ltr')
  assert.equal(textDirection('', 'rtl'), 'rtl')
})

test('left to right, a line starts at the padding on the left and needs no attributes', () => {
  assert.deepEqual(textPlacement('Russia invades', 120, 8, 'ltr'), { x: 8 })
})

test('right to left, a line starts at the padding on the right', () => {
  assert.deepEqual(textPlacement('الحدث التجريبي', 120, 8, 'rtl'), { x: 112 })
})

test('a line read against its drawing keeps its own direction and is anchored by its end at the same edge', () => {
  assert.deepEqual(textPlacement('We will not stand by.', 120, 8, 'rtl'), { x: 112, direction: 'ltr', textAnchor: 'end' })
  assert.deepEqual(textPlacement('لن نقف مكتوفي الأيدي', 120, 8, 'ltr'), { x: 8, direction: 'rtl', textAnchor: 'end' })
})
