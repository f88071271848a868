import assert from 'node:assert/strict'
import { test } from 'node:test'
import { popoverPlacement } from './popover'

const drawing = { width: 1000, height: 500 }

test('an opened quote starts at its callout’s left edge and is at least 300 units wide', () => {
  assert.deepEqual(popoverPlacement({ x: 100, y: 50, width: 200 }, drawing, false), { left: 10, top: 10, width: 30 })
})

test('near the right edge it opens back from the callout’s right end', () => {
  assert.deepEqual(popoverPlacement({ x: 800, y: 0, width: 150 }, drawing, false).left, 65)
})

test('right to left it opens from the callout’s right end, or from its left when there is no room', () => {
  assert.equal(popoverPlacement({ x: 600, y: 0, width: 200 }, drawing, true).left, 50)
  assert.equal(popoverPlacement({ x: 50, y: 0, width: 100 }, drawing, true).left, 5)
})
