import { MARGIN_X } from './box-styles'
import { startOf, type HorizontalPlan } from './horizontal-plan'
import { layoutHorizontalView } from './timeline-layout'
import { viewShowing, type ZoomView } from './zoom'

// Where a zoom has to go to show an event on its own: decisions read from the plan alone, so whoever
// holds a plan (the browser's zoom today, a server laying out views for the widget) gets the same
// answer for the same story. The tall drawing's are in tall-zoom-targets.ts, so that a phone's zoom
// loads no code of the wide drawing.

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
