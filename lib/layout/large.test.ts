import assert from 'node:assert/strict'
import { test } from 'node:test'
import { generateStory } from '../test-support/synthetic-story'
import type { Box, TimelineLayout } from './layout-types'
import { layoutHorizontal } from './timeline-layout'
import { layoutVertical } from './vertical-layout'

// One seeded story of 10,000 events (about 4,000 quotes), as the layout benchmark uses: every date form, bursts and sparse years, a few BCE.
const story = generateStory({ events: 10_000, seed: 1 })

/**
 * The first pair of label or callout boxes that overlap, found by a sweep
 * along `along` (the axis boxes spread over): boxes in order of where they
 * start, each checked only against those not yet passed.
 */
function firstOverlap(layout: TimelineLayout, along: 'x' | 'y'): string | undefined {
  const boxes: { name: string; box: Box }[] = [
    ...layout.events.map((e) => ({ name: `label ${e.id}`, box: e.label as Box })),
    ...layout.clusters.map((c) => ({ name: `cluster ${c.id}`, box: c.label as Box })),
    ...layout.callouts.map((c) => ({ name: `callout ${c.id}`, box: c.box })),
  ]
  const across = along === 'x' ? 'y' : 'x'
  const size = (b: Box, axis: 'x' | 'y') => (axis === 'x' ? b.width : b.height)
  boxes.sort((a, b) => a.box[along] - b.box[along])
  let active: { name: string; box: Box }[] = []
  for (const item of boxes) {
    const b = item.box
    active = active.filter((o) => o.box[along] + size(o.box, along) > b[along])
    for (const o of active) {
      const apart = o.box[across] + size(o.box, across) <= b[across] || b[across] + size(b, across) <= o.box[across]
      if (!apart) return `${o.name} overlaps ${item.name}`
    }
    active.push(item)
  }
  return undefined
}

function outside(layout: TimelineLayout): string | undefined {
  const boxes = [...layout.events.map((e) => ({ id: e.id, box: e.label as Box })), ...layout.callouts.map((c) => ({ id: c.id, box: c.box }))]
  const out = boxes.find(({ box }) => !(box.x >= 0 && box.x + box.width <= layout.width + 0.01))
  return out && `${out.id} stands outside the drawing`
}

test('10,000 events left to right: each drawn once, alone or in a cluster; each quote a callout or counted in a cluster', () => {
  const l = layoutHorizontal(story.events, story.quotes)
  const drawn = [...l.events.map((e) => e.id), ...l.clusters.flatMap((c) => c.eventIds)]
  assert.deepEqual([...drawn].sort(), story.events.map((e) => e.id).sort())
  assert.equal(l.callouts.length + l.clusters.reduce((n, c) => n + c.quoteCount, 0), story.quotes.length)
  assert.ok(l.clusters.length < 100, 'a crowded story reads as a few clusters, not thousands of labels')
  assert.ok(Number.isFinite(l.height) && l.height > 0 && l.height < 1000)
})

test('10,000 events left to right: no two label or callout boxes overlap, and all stand inside the drawing', () => {
  const l = layoutHorizontal(story.events, story.quotes)
  assert.equal(firstOverlap(l, 'x'), undefined)
  assert.equal(outside(l), undefined)
})

test('10,000 events left to right: marks and clusters stand in time order along the axis', () => {
  const l = layoutHorizontal(story.events, story.quotes)
  const order = new Map(story.events.map((e, i) => [e.id, i]))
  const marks = [...l.events.map((e) => ({ x: e.x, first: e.id, last: e.id })), ...l.clusters.map((c) => ({ x: c.x0, first: c.eventIds[0]!, last: c.eventIds.at(-1)! }))]
  marks.sort((a, b) => order.get(a.first)! - order.get(b.first)!)
  for (let i = 1; i < marks.length; i++) {
    assert.ok(marks[i]!.x >= marks[i - 1]!.x, `${marks[i]!.first} stands before ${marks[i - 1]!.last}`)
    assert.ok(order.get(marks[i]!.first)! > order.get(marks[i - 1]!.last)!, 'clusters hold runs of consecutive events')
  }
})

test('10,000 events top to bottom: each drawn once, alone or in a cluster; no overlaps; marks in time order down the axis', () => {
  const l = layoutVertical(story.events, story.quotes)
  const drawn = [...l.events.map((e) => e.id), ...l.clusters.flatMap((c) => c.eventIds)]
  assert.deepEqual([...drawn].sort(), story.events.map((e) => e.id).sort())
  assert.equal(l.callouts.length + l.clusters.reduce((n, c) => n + c.quoteCount, 0), story.quotes.length)
  assert.equal(firstOverlap(l, 'y'), undefined)
  assert.equal(outside(l), undefined)
  const order = new Map(story.events.map((e, i) => [e.id, i]))
  const marks = [...l.events.map((e) => ({ y: e.y, first: e.id })), ...l.clusters.map((c) => ({ y: c.x0, first: c.eventIds[0]! }))]
  marks.sort((a, b) => order.get(a.first)! - order.get(b.first)!)
  for (let i = 1; i < marks.length; i++) assert.ok(marks[i]!.y >= marks[i - 1]!.y, `${marks[i]!.first} stands above the mark before it`)
})
