import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildTimeAxis } from './time-axis'

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d)

test('events close together make one linear segment', () => {
  const axis = buildTimeAxis([day(2022, 7, 24), day(2022, 7, 29)], { x0: 0, x1: 1000 })
  assert.equal(axis.segments.length, 1)
  assert.equal(axis.breaks.length, 0)
  assert.equal(axis.scale(new Date(axis.segments[0]!.start)), 0)
  assert.equal(axis.scale(new Date(axis.segments[0]!.end)), 1000)
})

test('a long empty gap becomes a break of fixed width when the rest is crowded', () => {
  const axis = buildTimeAxis([day(2021, 6, 16), day(2022, 7, 24), day(2022, 7, 25), day(2022, 7, 29)], { x0: 0, x1: 1000, breakWidth: 40 })
  assert.equal(axis.segments.length, 2)
  assert.equal(axis.breaks.length, 1)
  assert.equal(axis.breaks[0]!.x1 - axis.breaks[0]!.x0, 40)
  assert.ok(axis.breaks[0]!.from < day(2022, 7, 24) && axis.breaks[0]!.to > day(2021, 6, 17))
})

test('later times are always further right, across breaks', () => {
  const axis = buildTimeAxis([day(2021, 6, 16), day(2022, 1, 21), day(2022, 7, 29)], { x0: 20, x1: 1100 })
  const times = [day(2021, 6, 16), day(2021, 9, 1), day(2022, 1, 21), day(2022, 4, 1), day(2022, 7, 29)]
  const xs = times.map((t) => axis.scale(new Date(t)))
  for (let i = 1; i < xs.length; i++) assert.ok(xs[i]! > xs[i - 1]!, `${xs[i]} > ${xs[i - 1]}`)
})

test('moments far enough apart keep one linear segment', () => {
  const axis = buildTimeAxis([day(2010, 1, 1), day(2015, 1, 1), day(2020, 1, 1)], { x0: 0, x1: 1000 })
  assert.equal(axis.breaks.length, 0)
})

test('no segment is narrower than the minimum', () => {
  const axis = buildTimeAxis([day(1990, 1, 1), ...Array.from({ length: 30 }, (_, i) => day(2022, 7, 1) + i * 3_600_000)], { x0: 0, x1: 800, minSegmentWidth: 120 })
  for (const s of axis.segments) assert.ok(s.x1 - s.x0 >= 119.99, `${s.x1 - s.x0}`)
})

test('BCE dates lay out like any other', () => {
  const axis = buildTimeAxis([Date.UTC(-43, 2, 15), Date.UTC(-43, 2, 20)], { x0: 0, x1: 500 })
  assert.ok(axis.scale(new Date(Date.UTC(-43, 2, 15))) < axis.scale(new Date(Date.UTC(-43, 2, 20))))
})

// todo: an empty axis shares its width by the moments each segment holds, 0 of 0, so its segment ends at NaN.
test('no events still gives a drawable axis: one day of 1 January 2000 across the whole width, unbroken', () => {
  const axis = buildTimeAxis([], { x0: 0, x1: 500 })
  assert.deepEqual(axis.breaks, [])
  assert.equal(axis.segments.length, 1)
  const [segment] = axis.segments
  assert.deepEqual([segment!.x0, segment!.x1], [0, 500])
  assert.ok(segment!.start < day(2000, 1, 1) && segment!.end > day(2000, 1, 1), `${segment!.start}–${segment!.end}`)
  const x = axis.scale(new Date(day(2000, 1, 1)))
  assert.ok(x > 0 && x < 500, `2000-01-01 at ${x}`)
})

test('a lone moment stands in the middle of the context it is given', () => {
  const week = 7 * 86_400_000
  const axis = buildTimeAxis([day(2022, 2, 24)], { x0: 20, x1: 1260, minExtent: week })
  assert.equal(axis.segments.length, 1)
  assert.equal(axis.segments[0]!.end - axis.segments[0]!.start, week)
  assert.equal(axis.scale(new Date(day(2022, 2, 24))), 640)
})
