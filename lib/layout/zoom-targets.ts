import { MARGIN_X } from './box-styles'
import { startOf, type HorizontalPlan } from './horizontal-plan'
import { layoutHorizontalView } from './timeline-layout'
import { layoutVerticalView, type VerticalPlan } from './vertical-layout'
import { viewShowing, type ZoomView } from './zoom'

// Where a zoom has to go to show an event on its own or to open a cluster: decisions read from the
// plans alone, so whoever holds a plan (the browser's zoom today, a server laying out views for the
// widget) gets the same answer for the same story.

/**
 * The view of the wide drawing that brings event `index` (in time order) into view, drawn on its own
 * rather than inside a cluster, at zoom `minZoom` or deeper: undefined when `current` already does.
 * Otherwise it centres the event and zooms from `current` (or `minZoom`), doubling, until it stands
 * alone or the deepest zoom is reached: as far as needed, and no further.
 */
export function revealedView(plan: HorizontalPlan, index: number, current: ZoomView, minZoom = 1): ZoomView | undefined {
  const id = plan.events[index]?.id
  if (id === undefined) return undefined
  const left = MARGIN_X
  const right = plan.width - MARGIN_X
  const anchor = startOf(plan, index)
  const standsAlone = (view: ZoomView) => {
    const x = anchor * view.k + view.x
    return x >= left && x <= right && layoutHorizontalView(plan, view).events.some((e) => e.id === id)
  }
  if (current.k >= minZoom && standsAlone(current)) return undefined
  for (let k = Math.max(current.k, minZoom); ; k = Math.min(k * 2, plan.maxZoom)) {
    const half = (right - left) / (2 * k)
    const view = viewShowing(anchor - half, anchor + half, left, right, plan.maxZoom)
    if (standsAlone(view) || k >= plan.maxZoom) return view
  }
}

const clampZoom = (plan: VerticalPlan, k: number) => Math.min(plan.maxZoom, Math.max(1, k))

/**
 * The tall drawing's zoom after a reader opens the cluster of events `first`..`last` (in time order)
 * at zoom `k`: at least twice as deep, and deeper, doubling, while they would still be one cluster.
 */
export function openedZoom(plan: VerticalPlan, first: number, last: number, k: number): number {
  const together = (zoom: number) => layoutVerticalView(plan, zoom).clusters.some((c) => c.order <= first && c.order + c.eventIds.length > last)
  let next = clampZoom(plan, k * 2)
  while (next < plan.maxZoom && together(next)) next = clampZoom(plan, next * 2)
  return next
}

/**
 * The tall drawing's zoom at which event `index` (in time order) is drawn on its own, from zoom `k`
 * (or `minZoom`, if deeper), doubling: `k` itself when it already stands alone there.
 */
export function revealedZoom(plan: VerticalPlan, index: number, k: number, minZoom = 1): number {
  const standsAlone = (zoom: number) => layoutVerticalView(plan, zoom).events.some((e) => e.order === index)
  let next = clampZoom(plan, Math.max(k, minZoom))
  while (next < plan.maxZoom && !standsAlone(next)) next = clampZoom(plan, next * 2)
  return next
}
