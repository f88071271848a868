import assert from 'node:assert/strict'
import { test } from 'node:test'
import { generateStory } from '../test-support/synthetic-story'
import type { LayoutEventInput, TimelineLayout } from './layout-types'
import { parseSpan } from '../time/parse'
import { layoutVertical, layoutVerticalView, planVertical } from './vertical-layout'
import { unzoomedY, zoomedY } from './tall-stretch'
import { VERTICAL } from './vertical-plan'
import { LABEL } from './box-styles'
import { quotesPhrase } from './event-facts'
import { ENGLISH_LAYOUT } from './layout-texts'
import { textWidth } from './text-width'

// The size the budget is read at: a 390 × 844 phone, where the drawing is at most as wide as the screen.
const PHONE = { width: 390, height: 844 }
const screens = (l: TimelineLayout) => (l.height * PHONE.width) / l.width / PHONE.height

const big = generateStory({ events: 2_000, seed: 2 })
const plan = planVertical(big.events, big.quotes)

function day(id: string, date: string): LayoutEventInput {
  const r = parseSpan(date)
  if (!r.ok) throw new Error(r.error.message)
  return { id, title: `Event ${id}`, span: r.value, importance: 2, quoteIds: [] }
}

function drawnOnce(l: TimelineLayout, events: readonly LayoutEventInput[]) {
  const drawn = [...l.events.map((e) => e.id), ...l.clusters.flatMap((c) => c.eventIds)]
  assert.deepEqual([...drawn].sort(), events.map((e) => e.id).sort())
}

test('a 2,000-event story starts on a phone as a drawing of at most 20 screens, most of it clustered', () => {
  const l = layoutVerticalView(plan, 1)
  assert.ok(screens(l) <= 20, `${screens(l).toFixed(1)} screens`)
  assert.ok(screens(l) >= 1)
  assert.ok(l.clusters.length > 0)
  drawnOnce(l, big.events)
})

test('zooming in stretches the drawing and opens clusters, until at the deepest zoom every event stands alone', () => {
  let before = layoutVerticalView(plan, 1)
  for (const k of [2, 8, 32, plan.maxZoom]) {
    const l = layoutVerticalView(plan, k)
    drawnOnce(l, big.events)
    assert.ok(l.height > before.height)
    assert.ok(l.events.length + l.clusters.length >= before.events.length + before.clusters.length, `more marks at zoom ${k}`)
    before = l
  }
  assert.equal(before.clusters.length, 0)
  assert.equal(before.events.length, big.events.length)
})

test('every quote is a callout or counted in the cluster it stands on, at any zoom', () => {
  for (const k of [1, 4, plan.maxZoom]) {
    const l = layoutVerticalView(plan, k)
    assert.equal(l.callouts.length + l.clusters.reduce((n, c) => n + c.quoteCount, 0), big.quotes.length)
  }
})

test("zooming to a cluster's stretch draws its events apart", () => {
  const l = layoutVerticalView(plan, 1)
  const cluster = l.clusters.reduce((a, b) => (b.eventIds.length < a.eventIds.length ? b : a))
  const { x0, x1 } = cluster.zoomTo
  // The zoom that gives the stretch a screen (or the deepest), as the drawing's buttons would.
  const k = Math.min(plan.maxZoom, Math.max(2, 800 / Math.max(x1 - x0, 1)))
  const zoomed = layoutVerticalView(plan, k)
  const inIt = new Set(cluster.eventIds)
  const marks = zoomed.events.filter((e) => inIt.has(e.id)).length + zoomed.clusters.filter((c) => c.eventIds.some((id) => inIt.has(id))).length
  assert.ok(marks > 1, `${cluster.eventIds.length} events still in ${marks} mark at zoom ${k.toFixed(1)}`)
})

test('an event drawn alone stands where its unzoomed place is taken by the zoom', () => {
  const k = 6
  const zoomed = layoutVerticalView(plan, k)
  assert.ok(zoomed.events.length > 0)
  for (const e of zoomed.events) assert.ok(Math.abs(e.y - zoomedY(plan.axis.x0, plan.starts[e.order]!, k)) < 1e-6, e.id)
})

test('zoomedY and unzoomedY undo each other', () => {
  for (const y of [plan.axis.x0, 500, 2000]) assert.ok(Math.abs(unzoomedY(plan.axis.x0, zoomedY(plan.axis.x0, y, 7.5), 7.5) - y) < 1e-9)
})

test('a short story is drawn whole, as before: no clusters', () => {
  const events = Array.from({ length: 20 }, (_, i) => day(`e${i}`, `2022-03-${String(i + 1).padStart(2, '0')}`))
  const l = layoutVertical(events, [])
  assert.equal(l.clusters.length, 0)
  assert.equal(l.events.length, 20)
})

test('a short story with a crowded week is still drawn whole: its labels are pushed down, not clustered', () => {
  const week = Array.from({ length: 10 }, (_, i) => day(`w${i}`, `2022-07-${String(20 + (i % 3)).padStart(2, '0')}`))
  const years = Array.from({ length: 10 }, (_, i) => day(`y${i}`, `${2010 + i}-01-15`))
  const l = layoutVertical([...years, ...week], [])
  assert.equal(l.clusters.length, 0)
  assert.equal(l.events.length, 20)
})

test('ticks follow the zoom: weeks when a year of days is fitted, days once a day has room', () => {
  const events = Array.from({ length: 365 }, (_, i) => day(`d${i}`, new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10)))
  const p = planVertical(events, [])
  const gap = (l: TimelineLayout) => Math.min(...l.axis.ticks.slice(1).map((t, i) => t.t - l.axis.ticks[i]!.t))
  const DAY = 86_400_000
  assert.ok(gap(layoutVerticalView(p, 1)) >= 7 * DAY)
  assert.ok(gap(layoutVerticalView(p, p.maxZoom)) <= DAY)
})

test('right to left, clusters stand left of the axis and keep their stretch down it', () => {
  const ltr = layoutVerticalView(plan, 1)
  const rtl = layoutVerticalView(planVertical(big.events, big.quotes, { direction: 'rtl' }), 1)
  assert.equal(rtl.clusters.length, ltr.clusters.length)
  rtl.clusters.forEach((c, i) => {
    assert.equal(c.x0, ltr.clusters[i]!.x0)
    assert.ok(c.label.x + c.label.width <= c.x)
    assert.ok(c.pill.x < c.x && c.pill.x + c.pill.width > c.x)
  })
})

test('the column at the end of the labels’ line stays free for the floating zoom buttons, at every zoom and either way time runs', () => {
  const free = plan.width - VERTICAL.zoomColumn
  for (const direction of ['ltr', 'rtl'] as const) {
    const p = planVertical(big.events, big.quotes, { direction })
    for (const k of [1, 4, p.maxZoom]) {
      const l = layoutVerticalView(p, k)
      const boxes = [...l.events.map((e) => e.label), ...l.clusters.map((c) => c.label), ...l.callouts.map((c) => c.box)]
      for (const e of l.events) {
        // The date line (with its count of quotes) stays inside its label's box, so out of the column too: broken
        // into lines where it must be, every word kept, in order.
        const quotes = e.quoteCount ? `❝ ${quotesPhrase(e.quoteCount, ENGLISH_LAYOUT, 'en')}` : ''
        const lines = (e.label.dateLines ?? [{ date: e.shortDate, quotes: e.quoteCount > 0 }]).map((d) => [d.date, d.quotes ? quotes : ''].filter(Boolean).join('  '))
        for (const line of lines) assert.ok(textWidth(line, LABEL.dateSize, true) <= e.label.width - LABEL.padX * 2, `“${line}” is wider than its label`)
        assert.equal(lines.join(' ').replace(/\s+/g, ' '), [e.shortDate, quotes].filter(Boolean).join(' ').replace(/\s+/g, ' '))
      }
      for (const c of l.clusters) {
        // A cluster's dates too: over two lines where one is too narrow, whole unless two are.
        const lines = c.label.dateLines?.map((d) => d.date) ?? [c.dateLine]
        for (const line of lines) assert.ok(textWidth(line, LABEL.dateSize, true) * 1.06 <= c.label.width - LABEL.padX * 2 + 1, `“${line}” is wider than its cluster's label`)
        // (Wrapping reads Intl's thin spaces around the dash as any space.)
        const words = (t: string) => t.replace(/\s+/g, ' ')
        if (!c.dateLine.endsWith('…')) assert.ok(words(c.ariaLabel).startsWith(words(lines.join(' '))), `${lines.join(' / ')} is not ${c.ariaLabel}`)
      }
      for (const b of boxes) {
        // Right to left, the labels read leftwards from an axis on the right, and the column is on the left.
        if (direction === 'ltr') assert.ok(b.x + b.width <= free, `a box ends at ${b.x + b.width} at zoom ${k}`)
        else assert.ok(b.x >= VERTICAL.zoomColumn, `a box starts at ${b.x} at zoom ${k}, right to left`)
      }
    }
  }
})
