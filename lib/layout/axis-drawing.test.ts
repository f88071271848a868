import assert from 'node:assert/strict'
import { test } from 'node:test'
import { drawAxis } from './axis-drawing'
import { buildTimeAxis } from './time-axis'
import { zoomAxis } from './zoom'

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d)
const moments = [day(2021, 6, 16), day(2022, 7, 24), day(2022, 7, 25), day(2022, 7, 29)]
const options = { locale: 'en', zone: 'UTC' as const, lo: 0, hi: 0 }
/** The path's points, [x, y]. */
/** To a tenth of a pixel, as paths are written. */
const r = (v: number) => Math.round(v * 10) / 10
const points = (d: string) => [...d.matchAll(/[ML]([^,]+),([^ML]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const)

test('a break at its own width is one zigzag across it', () => {
  const axis = buildTimeAxis(moments, { x0: 0, x1: 1000, breakWidth: 36 })
  const b = axis.breaks[0]!
  const drawn = points(drawAxis(axis, 'horizontal', 300, { ...options, hi: 1000 }).breaks[0]!.d)
  assert.equal(drawn.length, 7)
  assert.deepEqual([drawn[0]![0], drawn.at(-1)![0]], [r(b.x0), r(b.x1)])
})

test('a break widened by a zoom keeps its zigzag at its own size, in the middle, with the axis straight on either side', () => {
  // A hundredfold zoom: the break is 3,600 px wide.
  const axis = zoomAxis(buildTimeAxis(moments, { x0: 0, x1: 1000, breakWidth: 36 }), { k: 100, x: 0 }, -Infinity, Infinity)
  const b = axis.breaks[0]!
  const drawn = points(drawAxis(axis, 'horizontal', 300, { ...options, hi: 100_000 }).breaks[0]!.d)
  assert.deepEqual([drawn[0], drawn.at(-1)], [[r(b.x0), 300], [r(b.x1), 300]])
  const zigzag = drawn.slice(1, -1)
  assert.equal(zigzag.length, 7)
  const [first, last] = [zigzag[0]![0], zigzag.at(-1)![0]]
  assert.ok(Math.abs(last - first - 36) < 0.2, `zigzag ${last - first} px wide`)
  assert.ok(Math.abs((first + last) / 2 - (b.x0 + b.x1) / 2) < 0.2, 'in the middle of the break')
  // Straight: nothing but the zigzag leaves the axis's line.
  assert.ok(zigzag.some(([, y]) => y !== 300))
})
