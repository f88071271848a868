import assert from 'node:assert/strict'
import { test } from 'node:test'
import { axisTicks, tickLabel, tickLevel } from './ticks'
import { textWidth } from './text-width'
import { toWallClock } from '../time/zone'

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
  const ticks = axisTicks([s], linear(s), { spacing: 150 })
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
  const ticks = axisTicks([s], linear(s), { spacing: 30 })
  const labelled = ticks.filter((t) => t.label)
  assert.ok(labelled.length < ticks.length)
  for (let i = 1; i < labelled.length; i++) assert.ok(labelled[i]!.x - labelled[i - 1]!.x > 30)
})

test('on an hour axis, midnight names its day and no time', () => {
  assert.equal(tickLabel(Date.UTC(2022, 1, 25), 'hour', true, 'en'), 'Feb 25')
  assert.match(tickLabel(Date.UTC(2022, 1, 25, 6), 'hour', false, 'en'), /^06:00\s?AM$/)
})

test('a stretch of days is ticked in whole days until a day has room for several hours', () => {
  const s = seg(Date.UTC(2022, 1, 23, 12), Date.UTC(2022, 2, 1, 12), 0, 1240)
  const ticks = axisTicks([s], linear(s))
  assert.ok(ticks.every((t) => t.level === 'day'), ticks.map((t) => t.label).join(', '))
  const zoomed = seg(s.start, s.end, 0, 6 * 400)
  assert.ok(axisTicks([zoomed], linear(zoomed)).some((t) => t.level === 'hour'))
})

test('a label at the end of the axis is moved back inside the drawing, not cut', () => {
  const s = seg(Date.UTC(2011, 0, 1), Date.UTC(2021, 2, 1), 20, 900)
  const ticks = axisTicks([s], linear(s), { lo: 0, hi: 905 })
  const last = ticks[ticks.length - 1]!
  assert.equal(last.label, '2021')
  assert.ok(last.shift < 0)
  for (const t of ticks) if (t.label) assert.ok(t.x - 2 + t.shift + textWidth(t.label, 11, t.major) <= 905, t.label)
})

test('hours are those of the story’s zone, through a change of daylight saving time', () => {
  // New York leaves DST at 2:00 on 6 November 2022: the day has 25 hours.
  const s = seg(Date.UTC(2022, 10, 6, 4), Date.UTC(2022, 10, 7, 4), 0, 900)
  const ticks = axisTicks([s], linear(s), { zone: 'America/New_York' })
  assert.ok(ticks.every((t) => toWallClock('America/New_York', t.t) % 10_800_000 === 0), ticks.map((t) => new Date(t.t).toISOString()).join(', '))
  assert.ok(ticks.some((t) => /^06:00\s?AM$/.test(t.label)))
})

test('a label a line would strike through steps just past it, or is left out', () => {
  const s = seg(Date.UTC(2022, 6, 23), Date.UTC(2022, 6, 30), 0, 700)
  const plain = axisTicks([s], linear(s))
  const tick = plain.find((t) => t.label === 'Jul 27')!
  const moved = axisTicks([s], linear(s), { avoid: [tick.x + 4] }).find((t) => t.t === tick.t)!
  assert.equal(moved.label, 'Jul 27')
  assert.ok(moved.x - 2 + moved.shift > tick.x + 4, `starts at ${moved.x - 2 + moved.shift}`)
  // A line through the middle of the label: clearing it would take the label too far from its tick.
  const dropped = axisTicks([s], linear(s), { avoid: [tick.x + 20] }).find((t) => t.t === tick.t)!
  assert.equal(dropped.label, '')
})

test('a short stretch drawn narrow, between breaks, names its midnight and no hour', () => {
  const s = seg(Date.UTC(2022, 6, 23, 6), Date.UTC(2022, 6, 24, 18), 0, 150)
  const ticks = axisTicks([s], linear(s))
  assert.deepEqual(ticks.map((t) => t.label), ['Jul 24, 2022'])
})

test('a stretch of centuries drawn narrow, between breaks, gets a tick or two, not one a day', () => {
  // 2401 BCE to 1950: 1.6 million days, squeezed into 40 px by the breaks either side of it.
  const s = seg(Date.UTC(-2400, 1, 5), Date.UTC(1950, 0, 1), 20, 60)
  const ticks = axisTicks([s], linear(s))
  assert.ok(ticks.length >= 1 && ticks.length <= 2, `${ticks.length} ticks`)
  for (const t of ticks) assert.ok(t.x >= 20 && t.x <= 60)
})

test('a narrow segment of many years gets a tick or so, not one for each of its days', () => {
  const s = seg(Date.UTC(1990, 0, 1), Date.UTC(2010, 0, 1), 0, 100)
  const ticks = axisTicks([s], linear(s))
  assert.ok(ticks.length >= 1 && ticks.length <= 2, `${ticks.length} ticks`)
})
