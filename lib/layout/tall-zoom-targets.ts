import { layoutVerticalView, type VerticalPlan } from './vertical-layout'

// Where the tall drawing's zoom has to go to open a cluster or to show an event on its own, read
// from its plan alone (the wide drawing's: zoom-targets.ts).

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
