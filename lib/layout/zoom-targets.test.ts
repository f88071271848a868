import assert from 'node:assert/strict'
import { test } from 'node:test'
import { generateStory } from '../test-support/synthetic-story'
import { MARGIN_X } from './box-styles'
import { planHorizontal, startOf } from './horizontal-plan'
import { layoutHorizontalView } from './timeline-layout'
import { layoutVerticalView, planVertical } from './vertical-layout'
import { openedZoom, revealedZoom } from './tall-zoom-targets'
import { revealedView } from './zoom-targets'
import { IDENTITY, viewShowing, type ZoomView } from './zoom'

// Crowded enough that most events start inside clusters, on either drawing.
const story = generateStory({ events: 400, seed: 3 })
const wide = planHorizontal(story.events, story.quotes)
const tall = planVertical(story.events, story.quotes)
const left = MARGIN_X
const right = wide.width - MARGIN_X

const aloneWide = (i: number, view: ZoomView) => {
  const x = startOf(wide, i) * view.k + view.x
  return x >= left && x <= right && layoutHorizontalView(wide, view).events.some((e) => e.id === story.events[i]!.id)
}
const aloneTall = (i: number, k: number) => layoutVerticalView(tall, k).events.some((e) => e.order === i)
const clusteredAtRest = layoutHorizontalView(wide, IDENTITY).clusters.flatMap((c) => c.eventIds.map((id) => story.events.findIndex((e) => e.id === id)))

// Sparse enough that some events stand alone at rest.
const sparse = generateStory({ events: 12, seed: 3 })
const sparseWide = planHorizontal(sparse.events, sparse.quotes)
const aloneAtRest = sparse.events.findIndex((e) => layoutHorizontalView(sparseWide, IDENTITY).events.some((m) => m.id === e.id))

test('an event drawn on its own and in view needs no zoom', () => {
  assert.ok(aloneAtRest >= 0)
  assert.equal(revealedView(sparseWide, aloneAtRest, IDENTITY), undefined)
})

test('an event inside a cluster is revealed by a view in which it is in view and on its own', () => {
  assert.ok(clusteredAtRest.length > 10)
  for (const i of clusteredAtRest.slice(0, 10)) {
    const view = revealedView(wide, i, IDENTITY)
    assert.ok(view, `event ${i}`)
    assert.ok(view.k > 1 && view.k <= wide.maxZoom)
    assert.ok(aloneWide(i, view) || view.k === wide.maxZoom, `event ${i} at ${view.k}`)
  }
})

test('a reveal zooms no deeper than the first doubling that shows the event alone', () => {
  let checked = 0
  for (const i of clusteredAtRest.slice(0, 10)) {
    const view = revealedView(wide, i, IDENTITY)!
    if (view.k === wide.maxZoom || view.k < 2) continue
    const k = view.k / 2
    const half = (right - left) / (2 * k)
    const anchor = startOf(wide, i)
    assert.ok(!aloneWide(i, viewShowing(anchor - half, anchor + half, left, right, wide.maxZoom)), `event ${i}: zoom ${k} would have done`)
    checked++
  }
  assert.ok(checked > 0)
})

test('a reveal asked to go at least to some zoom goes at least that deep, even for an event already in view', () => {
  const view = revealedView(sparseWide, aloneAtRest, IDENTITY, 8)
  assert.ok(view && view.k >= 8)
})

test('an index with no event reveals nothing', () => {
  assert.equal(revealedView(wide, story.events.length, IDENTITY), undefined)
})

test('opening a cluster of the tall drawing zooms at least twice as deep and parts its events', () => {
  const cluster = layoutVerticalView(tall, 1).clusters[0]
  assert.ok(cluster)
  const first = cluster.order
  const last = cluster.order + cluster.eventIds.length - 1
  const k = openedZoom(tall, first, last, 1)
  assert.ok(k >= Math.min(2, tall.maxZoom))
  const together = layoutVerticalView(tall, k).clusters.some((c) => c.order <= first && c.order + c.eventIds.length > last)
  assert.ok(!together || k === tall.maxZoom)
  // Events already apart still zoom twice as deep: opening is a zoom in.
  const apart = revealedZoom(tall, first, 1)
  if (apart * 2 <= tall.maxZoom) assert.equal(openedZoom(tall, first, first, apart), apart * 2)
})

test('the tall drawing reveals a clustered event at the zoom where it first stands alone, and keeps a zoom that already shows it', () => {
  const cluster = layoutVerticalView(tall, 1).clusters[0]!
  const i = cluster.order
  const k = revealedZoom(tall, i, 1)
  assert.ok(k > 1)
  assert.ok(aloneTall(i, k) || k === tall.maxZoom)
  if (k / 2 > 1) assert.ok(!aloneTall(i, k / 2))
  assert.equal(revealedZoom(tall, i, k), k)
  assert.ok(revealedZoom(tall, i, 1, tall.maxZoom) === tall.maxZoom)
})
