import assert from 'node:assert/strict'
import { test } from 'node:test'
import { axisTicks, tickLabel, tickLevel } from './ticks'

const seg = (start: number, end: number, x0 = 0, x1 = 900) => ({ start, end, x0, x1 })
const linear = (s: { start: number; end: number; x0: number; x1: number }) => (d: Date) => s.x0 + ((+d - s.start) / (s.end - s.start)) * (s.x1 - s.x0)

test('a decade gets year ticks', () => {
  const s = seg(Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1))
  const ticks = axisTicks([s], linear(s))
  assert.ok(ticks.every((t) => t.level === 'year'))
  assert.deepEqual(ticks.slice(0, 2).map((t) => t.label), ['2010', '2011'])
})

test('a week gets day ticks, the first naming month and year', () => {
  const s = seg(Date.UTC(2022, 6, 23), Date.UTC(2022, 6, 30), 0, 600)
  const ticks = axisTicks([s], linear(s))
  assert.ok(ticks.every((t) => t.level === 'day'))
  assert.equal(ticks[0]!.major, true)
  assert.match(ticks[0]!.label, /2022/)
  assert.doesNotMatch(ticks[1]!.label, /2022/)
})

test('a month axis marks the new year as major', () => {
  const s = seg(Date.UTC(2021, 9, 1), Date.UTC(2022, 3, 1))
  const ticks = axisTicks([s], linear(s), 'en', 150)
  const jan = ticks.find((t) => t.t === Date.UTC(2022, 0, 1))!
  assert.equal(jan.major, true)
  assert.match(jan.label, /2022/)
})

test('tick level is the coarsest unit all ticks sit on', () => {
  assert.equal(tickLevel([new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2021, 0, 1))]), 'year')
  assert.equal(tickLevel([new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2020, 1, 1))]), 'month')
  assert.equal(tickLevel([new Date(Date.UTC(2020, 0, 1, 6))]), 'hour')
})

test('year zero is labelled 1 BC, never 0', () => {
  const d = new Date(0)
  d.setUTCFullYear(0, 0, 1)
  d.setUTCHours(0, 0, 0, 0)
  assert.match(tickLabel(+d, 'year', true, 'en'), /^1 BC/)
})

test('labels follow the timeline language', () => {
  assert.equal(tickLabel(Date.UTC(2022, 6, 1), 'month', false, 'es'), 'jul')
  assert.equal(tickLabel(Date.UTC(2022, 6, 1), 'month', false, 'en'), 'Jul')
})

test('labels that would overlap are dropped, their ticks kept', () => {
  const s = seg(Date.UTC(2022, 0, 20), Date.UTC(2022, 1, 25), 0, 200)
  const ticks = axisTicks([s], linear(s), 'en', 30)
  const labelled = ticks.filter((t) => t.label)
  assert.ok(labelled.length < ticks.length)
  for (let i = 1; i < labelled.length; i++) assert.ok(labelled[i]!.x - labelled[i - 1]!.x > 30)
})
