import assert from 'node:assert/strict'
import { test } from 'node:test'
import { scaleUtc } from 'd3-scale'
import { piecewiseScale } from './piecewise'

test('matches d3-scale on a gap-compressed axis, inside, between pieces and past the ends', () => {
  const domain = [0, 100, 400, 500, 900, 1000]
  const range = [20, 300, 336, 600, 636, 1100]
  const ours = piecewiseScale(domain, range)
  const d3 = scaleUtc<number, number>().domain(domain.map((t) => new Date(t))).range(range)
  for (const t of [-50, 0, 1, 50, 100, 250, 400, 450, 500, 700, 900, 999, 1000, 1500]) assert.ok(Math.abs(ours(t) - d3(new Date(t))) < 1e-9, `at ${t}`)
})

test('clamped, it keeps to the range', () => {
  const s = piecewiseScale([0, 10], [100, 200], true)
  assert.equal(s(-5), 100)
  assert.equal(s(new Date(20)), 200)
  assert.equal(s(5), 150)
})

test('a piece of no duration maps to its middle; a single stop to its place', () => {
  assert.equal(piecewiseScale([5, 5], [0, 10])(5), 5)
  assert.equal(piecewiseScale([5], [42])(1000), 42)
})
