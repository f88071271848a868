import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTimeAxis } from './time-axis'
import { axisTicks } from './ticks'
import { clampView, IDENTITY, viewShowing, zoomAxis } from './zoom'

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d)
const axis = buildTimeAxis([day(2010, 1, 1), day(2020, 1, 1)], { x0: 20, x1: 1100 })

test('the identity view changes nothing', () => {
  const z = zoomAxis(axis, IDENTITY, 20, 1100)
  assert.deepEqual(z.segments, axis.segments)
  assert.equal(z.scale(new Date(day(2015, 1, 1))), axis.scale(new Date(day(2015, 1, 1))))
})

test('zooming in clips the axis to the view and keeps times under the same pixels', () => {
  const view = { k: 4, x: -1500 }
  const z = zoomAxis(axis, view, 20, 1100)
  assert.equal(z.segments.length, 1)
  const s = z.segments[0]!
  assert.equal(s.x0, 20)
  assert.equal(s.x1, 1100)
  const t = day(2016, 6, 1)
  assert.ok(Math.abs(z.scale(new Date(t)) - (axis.scale(new Date(t)) * 4 - 1500)) < 1e-6)
  assert.ok(Math.abs(z.scale(new Date(s.start)) - 20) < 1e-6)
})

test('zooming in turns year ticks into month ticks (semantic zoom)', () => {
  const wide = axisTicks(axis.segments, (d) => axis.scale(d))
  const z = zoomAxis(axis, { k: 12, x: -6000 }, 20, 1100)
  const close = axisTicks(z.segments, (d) => z.scale(d))
  const isYear = (t: number) => new Date(t).getUTCMonth() === 0 && new Date(t).getUTCDate() === 1
  assert.ok(wide.every((t) => isYear(t.t)))
  assert.ok(close.some((t) => !isYear(t.t)))
})

test('marks outside the view get positions outside it', () => {
  const z = zoomAxis(axis, { k: 10, x: -5000 }, 20, 1100)
  assert.ok(z.scale(new Date(day(2010, 1, 1))) < 20)
  assert.ok(z.scale(new Date(day(2020, 1, 1))) > 1100)
})

test('a view cannot pan past the ends of the timeline', () => {
  assert.deepEqual(clampView({ k: 2, x: 500 }, 20, 1100), { k: 2, x: -20 })
  assert.deepEqual(clampView({ k: 2, x: -5000 }, 20, 1100), { k: 2, x: -1100 })
  assert.deepEqual(clampView({ k: 0.5, x: 0 }, 20, 1100), { k: 1, x: 0 })
})

test('viewShowing centres a stretch and zooms to fit it', () => {
  const v = viewShowing(500, 600, 20, 1100, 50)
  assert.ok(Math.abs(v.k - 10.8) < 1e-9)
  assert.ok(Math.abs(550 * v.k + v.x - 560) < 1e-6)
  assert.equal(viewShowing(500, 500.0001, 20, 1100, 50).k, 50)
})
