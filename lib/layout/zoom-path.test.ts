import assert from 'node:assert/strict'
import { test } from 'node:test'
import { interpolateZoom as d3InterpolateZoom } from 'd3-interpolate'
import { easeCubicInOut as d3Ease } from 'd3-ease'
import { easeCubicInOut, interpolateZoom, viewPath, type ZoomPoint } from './zoom-path'

const cases: [string, ZoomPoint, ZoomPoint][] = [
  ['zoom in on the same centre', [550, 0, 1080], [550, 0, 135]],
  ['zoom out on the same centre', [550, 0, 4], [550, 0, 1080]],
  ['pan at one zoom', [100, 0, 270], [900, 0, 270]],
  ['zoom in and pan', [550, 0, 1080], [80, 0, 1.2]],
  ['zoom out and pan back', [1012.5, 0, 0.5], [540, 0, 1080]],
  ['two axes', [10, 20, 300], [-40, 90, 60]],
  ['nowhere to go', [5, 5, 5], [5, 5, 5]],
]

for (const [name, p0, p1] of cases) {
  test(`the zoom path is d3-interpolate's: ${name}`, () => {
    const ours = interpolateZoom(p0, p1)
    const theirs = d3InterpolateZoom([...p0], [...p1])
    assert.ok(Math.abs(ours.duration - theirs.duration) < 1e-9, `duration ${ours.duration} vs ${theirs.duration}`)
    for (let k = 0; k <= 20; k++) {
      const t = k / 20
      const a = ours(t)
      const b = theirs(t)
      for (let j = 0; j < 3; j++) assert.ok(Math.abs(a[j]! - b[j]!) <= 1e-9 * Math.max(1, Math.abs(b[j]!)), `t=${t}: ${a} vs ${b}`)
    }
  })
}

test('the path starts at one view and ends at the other', () => {
  const i = interpolateZoom([550, 0, 1080], [80, 0, 1.2])
  assert.deepEqual(i(0).map((v) => +v.toFixed(6)), [550, 0, 1080])
  assert.deepEqual(i(1).map((v) => +v.toFixed(6)), [80, 0, 1.2])
})

test('easing is d3-ease\'s cubic in-out', () => {
  for (let k = 0; k <= 20; k++) assert.ok(Math.abs(easeCubicInOut(k / 20) - d3Ease(k / 20)) < 1e-12)
})

test('an animated zoom starts at the view it leaves and ends exactly at its target', () => {
  const from = { k: 1, x: 0 }
  const to = { k: 8, x: -6000 }
  const path = viewPath(from, to, 20, 1100)
  const start = path(0)
  assert.ok(Math.abs(start.k - 1) < 1e-9 && Math.abs(start.x) < 1e-6, JSON.stringify(start))
  assert.deepEqual(path(1), to)
  assert.deepEqual(path(1.3), to)
  // On the way, the zoom only grows (zooming in), and the view's middle moves steadily toward the target's.
  let last = start
  for (let i = 1; i < 10; i++) {
    const v = path(i / 10)
    assert.ok(v.k >= last.k - 1e-9, `k ${v.k} after ${last.k}`)
    last = v
  }
})
