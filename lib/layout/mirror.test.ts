import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseSpan } from '../time/parse'
import type { Box, LayoutEventInput, LayoutQuoteInput, TimelineLayout } from './layout-types'
import { mirrorView } from './mirror'
import { layoutHorizontal, layoutHorizontalView } from './timeline-layout'
import { planHorizontal, startOf } from './horizontal-plan'
import { layoutVertical } from './vertical-layout'
import { clampView, viewShowing } from './zoom'

function span(date: string) {
  const r = parseSpan(date)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const event = (id: string, date: string, quoteIds: string[] = []): LayoutEventInput => ({ id, title: `حدث ${id} قال Blinken`, span: span(date), importance: 2, quoteIds })

// Two busy weeks a year apart (so the axis has a break), a month-long bar with a fuzzy start, and quotes.
const events = [
  event('a', '2021-03-01', ['qa']),
  event('b', '2021-03-03'),
  event('c', '2021-03-05', ['qc']),
  { ...event('m', '2021-04'), span: span('2021-04~') },
  event('d', '2022-05-10'),
  event('e', '2022-05-12', ['qe']),
  event('f', '2022-05-20'),
]
const quotes: LayoutQuoteInput[] = ['qa', 'qc', 'qe'].map((id) => ({ id, text: 'We will not stand by and watch this happen.', by: 'Antony Blinken', span: span('2021-03-01'), eventId: id.slice(1) }))

const boxes = (l: TimelineLayout): Box[] => [...l.events.map((e) => e.label), ...l.clusters.map((c) => c.label), ...l.callouts.map((c) => c.box)]

/** Every box inside the drawing, and no two overlapping. */
function assertInsideApart(l: TimelineLayout) {
  const all = boxes(l)
  all.forEach((a, i) => {
    assert.ok(a.x >= 0 && a.x + a.width <= l.width + 0.01, `box ${i} inside the drawing`)
    for (const b of all.slice(i + 1)) assert.ok(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y, `box ${i} overlaps another`)
  })
  for (const e of l.events) if (e.bar) assert.ok(e.bar.x >= 0 && e.bar.x + e.bar.width <= l.width + 0.01, `bar of ${e.id} inside the drawing`)
  for (const t of l.axis.ticks) assert.ok(t.x >= 0 && t.x <= l.width, `tick ${t.label} inside the drawing`)
}

test('right to left, the earliest event stands right of the latest and every mark is the left-to-right one reflected', () => {
  const ltr = layoutHorizontal(events, quotes)
  const rtl = layoutHorizontal(events, quotes, { direction: 'rtl' })
  assert.equal(rtl.direction, 'rtl')
  assert.equal(ltr.direction, undefined)
  assert.ok(rtl.events[0]!.x > rtl.events.at(-1)!.x)
  for (let i = 1; i < rtl.events.length; i++) assert.ok(rtl.events[i]!.x < rtl.events[i - 1]!.x, 'later is further left')
  rtl.events.forEach((e, i) => {
    assert.equal(e.x, ltr.width - ltr.events[i]!.x)
    assert.equal(e.label.x, ltr.width - ltr.events[i]!.label.x - e.label.width)
    assert.equal(e.label.y, ltr.events[i]!.label.y)
  })
  assertInsideApart(rtl)
})

test('right to left, a label box ends at its mark where the left-to-right one starts at it, so the text starts by the mark', () => {
  const ltr = layoutHorizontal(events, [])
  const rtl = layoutHorizontal(events, [], { direction: 'rtl' })
  const near = (a: number, b: number) => Math.abs(a - b) <= 6.01
  const ltrStarts = ltr.events.filter((e) => near(e.label.x, e.x)).map((e) => e.id)
  const rtlEnds = rtl.events.filter((e) => near(e.label.x + e.label.width, e.x)).map((e) => e.id)
  assert.ok(ltrStarts.length > 0)
  assert.deepEqual(rtlEnds, ltrStarts)
})

test('right to left, the ticks are reflected with the same labels, and earlier ticks stand further right', () => {
  const ltr = layoutHorizontal(events, quotes)
  const rtl = layoutHorizontal(events, quotes, { direction: 'rtl' })
  assert.deepEqual(rtl.axis.ticks.map((t) => [t.t, t.label]), ltr.axis.ticks.map((t) => [t.t, t.label]))
  rtl.axis.ticks.forEach((t, i) => assert.equal(t.x, ltr.width - ltr.axis.ticks[i]!.x))
  for (let i = 1; i < rtl.axis.ticks.length; i++) assert.ok(rtl.axis.ticks[i]!.x < rtl.axis.ticks[i - 1]!.x)
  assert.equal(rtl.axis.direction, 'rtl')
})

test("right to left, the axis break's zigzag is drawn at the reflected place", () => {
  const ltr = layoutHorizontal(events, quotes)
  const rtl = layoutHorizontal(events, quotes, { direction: 'rtl' })
  assert.ok(ltr.axis.breaks.length > 0, 'the fixture has a break')
  const xs = (d: string) => [...d.matchAll(/[ML]([^,]+),/g)].map((m) => Number(m[1]))
  ltr.axis.breaks.forEach((b, i) => {
    assert.deepEqual(xs(rtl.axis.breaks[i]!.d), xs(b.d).map((x) => Math.round((ltr.width - x) * 10) / 10))
  })
  // The gap lies between the two weeks: right of the later week, left of the earlier one.
  const gapX = xs(rtl.axis.breaks[0]!.d)
  const byId = new Map(rtl.events.map((e) => [e.id, e.x]))
  assert.ok(Math.min(...gapX) > byId.get('d')! && Math.max(...gapX) < byId.get('a')!)
})

test('right to left, a bar is marked reversed and still covers its stretch of time', () => {
  const rtl = layoutHorizontal(events, quotes, { direction: 'rtl' })
  const m = rtl.events.find((e) => e.id === 'm')!
  assert.equal(m.bar?.reversed, true)
  assert.equal(m.bar?.startStyle, 'fuzzy')
  // Its start (the mark) is its right end.
  assert.ok(Math.abs(m.bar!.x + m.bar!.width - m.x) < 0.01)
  assert.equal(layoutHorizontal(events, quotes).events.find((e) => e.id === 'm')!.bar!.reversed, undefined)
})

test('zoomed right to left: each mark stands at its unzoomed place under the d3 transform, within the drawing', () => {
  const plan = planHorizontal(events, quotes, { direction: 'rtl' })
  const right = plan.width - 20
  for (const [x0, x1] of [[700, 1000], [100, 300], [20, right]] as const) {
    const view = viewShowing(x0, x1, 20, right, plan.maxZoom)
    const l = layoutHorizontalView(plan, view)
    assert.deepEqual(l.view, view)
    for (const e of l.events) {
      const i = events.findIndex((x) => x.id === e.id)
      const at = startOf(plan, i) * view.k + view.x
      // A bar running in from outside the view is labelled at its edge.
      if (at >= 20 && at <= right) assert.ok(Math.abs(e.x - at) < 1e-6, `${e.id} at ${e.x}, the transform puts it at ${at}`)
    }
    assertInsideApart(l)
  }
})

test("zoomed right to left: a cluster's zoomTo is a stretch of the drawing as shown that brings its events into view", () => {
  const many = Array.from({ length: 40 }, (_, i) => event(`n${i}`, `2021-03-${String(1 + (i % 28)).padStart(2, '0')}`)).sort((a, b) => a.span.min - b.span.min)
  const plan = planHorizontal([...many, event('z', '2023-01-01')], [], { direction: 'rtl' })
  const l = layoutHorizontalView(plan, { k: 1, x: 0 })
  const cluster = l.clusters[0]
  assert.ok(cluster, 'the crowded month is clustered')
  assert.ok(cluster.x0 <= cluster.x1 && cluster.zoomTo.x0 <= cluster.zoomTo.x1)
  const view = viewShowing(cluster.zoomTo.x0 - 20, cluster.zoomTo.x1 + 20, 20, plan.width - 20, plan.maxZoom)
  const zoomed = layoutHorizontalView(plan, view)
  const shown = [...zoomed.events.map((e) => e.id), ...zoomed.clusters.flatMap((c) => c.eventIds)]
  for (const id of cluster.eventIds) assert.ok(shown.includes(id), `${id} in view after zooming to its cluster`)
})

test('a reflected view reflects back, and keeps within the zoom limits', () => {
  const width = 1120
  for (const view of [{ k: 1, x: 0 }, { k: 3, x: -900 }, { k: 12.5, x: -7000 }]) {
    assert.deepEqual(mirrorView(mirrorView(view, width), width), view)
    const clamped = clampView(view, 20, width - 20)
    assert.deepEqual(clampView(mirrorView(clamped, width), 20, width - 20), mirrorView(clamped, width))
  }
})

test('vertical right to left: the axis stands on the right, every label to its left, inside the drawing', () => {
  const ltr = layoutVertical(events, quotes)
  const rtl = layoutVertical(events, quotes, { direction: 'rtl' })
  const axisX = rtl.axis.lines[0]!.x1
  assert.equal(axisX, ltr.width - ltr.axis.lines[0]!.x1)
  assert.ok(axisX > rtl.width / 2)
  for (const b of boxes(rtl)) assert.ok(b.x + b.width <= axisX, 'left of the axis')
  // Time still runs down.
  assert.deepEqual(rtl.events.map((e) => e.y), ltr.events.map((e) => e.y))
  assertInsideApart(rtl)
})
