import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MARGIN_X } from '../layout/box-styles'
import { layoutInput } from '../layout/drawings'
import { ENGLISH_LAYOUT } from '../layout/layout-texts'
import { layoutHorizontalView } from '../layout/timeline-layout'
import { openedZoom, revealedZoom } from '../layout/tall-zoom-targets'
import { layoutVerticalView } from '../layout/vertical-layout'
import { IDENTITY, viewShowing } from '../layout/zoom'
import { revealedView } from '../layout/zoom-targets'
import { generateStory } from '../test-support/synthetic-story'
import { servedView, viewFrames, viewPlans } from './served-views'

// Crowded enough that the drawings start with clusters.
const story = generateStory({ events: 400, seed: 5 })
const input = layoutInput(story.events, story.quotes, 'en', ENGLISH_LAYOUT)
const plans = viewPlans(input)
const wide = plans.wide()
const tall = plans.tall()

test('a view is the layout the browser would make of it, within the zoom limits', () => {
  const view = { k: 3, x: -900 }
  assert.deepEqual(servedView(plans, { orientation: 'horizontal', ...view }).layout, layoutHorizontalView(wide, view))
  assert.deepEqual(servedView(plans, { orientation: 'vertical', k: 2, x: 0 }).layout, layoutVerticalView(tall, 2))
  // Past the deepest zoom, or panned past the drawing's end, the view is the nearest that exists.
  const deep = servedView(plans, { orientation: 'horizontal', k: wide.maxZoom * 10, x: 1e6 })
  assert.equal(deep.k, wide.maxZoom)
  assert.equal(deep.x, MARGIN_X - MARGIN_X * wide.maxZoom)
  assert.equal(servedView(plans, { orientation: 'vertical', k: 0.1, x: 0 }).k, 1)
})

test('opening a cluster of the wide drawing zooms to its stretch, as the browser zoom does', () => {
  const cluster = layoutHorizontalView(wide, IDENTITY).clusters[0]!
  const served = servedView(plans, { orientation: 'horizontal', k: 1, x: 0, open: cluster.id })
  const expected = viewShowing(cluster.zoomTo.x0 - 20, cluster.zoomTo.x1 + 20, MARGIN_X, wide.width - MARGIN_X, wide.maxZoom)
  assert.deepEqual({ k: served.k, x: served.x }, expected)
  assert.ok(served.k > 1)
})

test('opening a cluster of the tall drawing zooms until its events part, about their middle', () => {
  const cluster = layoutVerticalView(tall, 1).clusters[0]!
  const first = cluster.order
  const last = cluster.order + cluster.eventIds.length - 1
  const served = servedView(plans, { orientation: 'vertical', k: 1, x: 0, open: cluster.id })
  assert.equal(served.k, openedZoom(tall, first, last, 1))
  assert.equal(served.about, (tall.starts[first]! + tall.starts[last]!) / 2)
})

test('a reveal goes where the browser zoom would, and an unknown id or cluster leaves the view where it is', () => {
  const inCluster = layoutHorizontalView(wide, IDENTITY).clusters[1]!.eventIds[0]!
  const index = wide.events.findIndex((e) => e.id === inCluster)
  const served = servedView(plans, { orientation: 'horizontal', k: 1, x: 0, reveal: { id: inCluster, min: 1 } })
  assert.deepEqual({ k: served.k, x: served.x }, revealedView(wide, index, IDENTITY, 1))
  assert.ok(served.layout.events.some((e) => e.id === inCluster))

  const tallServed = servedView(plans, { orientation: 'vertical', k: 1, x: 0, reveal: { id: inCluster, min: 2 } })
  assert.equal(tallServed.k, revealedZoom(tall, index, 1, 2))
  assert.equal(tallServed.about, tall.starts[index])

  for (const query of [
    { orientation: 'horizontal' as const, k: 2, x: -100, reveal: { id: 'no-such-event', min: 4 } },
    { orientation: 'horizontal' as const, k: 2, x: -100, open: 'no-such-cluster' },
    { orientation: 'vertical' as const, k: 2, x: 0, open: 'no-such-cluster' },
  ]) {
    const still = servedView(plans, query)
    assert.deepEqual([still.k, still.x, still.about], [2, query.orientation === 'horizontal' ? -100 : 0, undefined], JSON.stringify(query))
  }
})

test('the frames give the gestures what the plans say of each drawing', () => {
  assert.deepEqual(viewFrames(plans), {
    horizontal: { width: wide.width, maxZoom: wide.maxZoom },
    vertical: { width: tall.width, maxZoom: tall.maxZoom, axisTop: tall.axis.x0 },
  })
})
