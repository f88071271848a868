import { MARGIN_X } from '../layout/box-styles'
import { DRAWING_WIDTHS } from '../layout/drawing-widths'
import type { ZoomInput } from '../layout/drawings'
import { planHorizontal, type HorizontalPlan } from '../layout/horizontal-plan'
import type { TimelineLayout } from '../layout/layout-types'
import { planOptions } from '../layout/plan-options'
import { openedZoom, revealedZoom } from '../layout/tall-zoom-targets'
import { layoutHorizontalView } from '../layout/timeline-layout'
import { layoutVerticalView, planVertical, type VerticalPlan } from '../layout/vertical-layout'
import { clampView, openingStretch, viewShowing } from '../layout/zoom'
import { revealedView } from '../layout/zoom-targets'
import type { ViewFrames, ViewQuery } from './view-query'

/**
 * Zoomed views of a widget's drawings, laid out by the server: the views the widget's script asks for
 * (lib/embed/view-query.ts), from plans kept for the widget.
 */

/** A story's two plans, each made when first asked for, and kept. */
export interface ViewPlans {
  wide(): HorizontalPlan
  tall(): VerticalPlan
}

export function viewPlans(input: ZoomInput): ViewPlans {
  let wide: HorizontalPlan | undefined
  let tall: VerticalPlan | undefined
  return {
    wide: () => (wide ??= planHorizontal(input.events, input.quotes, planOptions(input, input.width))),
    tall: () => (tall ??= planVertical(input.events, input.quotes, planOptions(input, DRAWING_WIDTHS.vertical))),
  }
}

export function viewFrames(plans: ViewPlans): ViewFrames {
  const wide = plans.wide()
  const tall = plans.tall()
  return { horizontal: { width: wide.width, maxZoom: wide.maxZoom }, vertical: { width: tall.width, maxZoom: tall.maxZoom, axisTop: tall.axis.x0 } }
}

/** The view the server answers with: where it is (after a reveal or an opening, where that went) and its layout. */
export interface ServedView {
  orientation: 'horizontal' | 'vertical'
  k: number
  x: number
  /** The tall drawing: the point of the unzoomed drawing the zoom went to (a reveal or an opening), to be brought to the middle of the screen. */
  about?: number
  layout: TimelineLayout
}

/** Lays out the view a query asks for; a reveal of an unknown event or an opening of no cluster in that view leaves the view where it is. */
export function servedView(plans: ViewPlans, query: ViewQuery): ServedView {
  return query.orientation === 'horizontal' ? wideView(plans.wide(), query) : tallView(plans.tall(), query)
}

function wideView(plan: HorizontalPlan, query: ViewQuery): ServedView {
  const left = MARGIN_X
  const right = plan.width - MARGIN_X
  let view = clampView({ k: Math.min(query.k, plan.maxZoom), x: query.x }, left, right)
  if (query.open !== undefined) {
    const cluster = layoutHorizontalView(plan, view).clusters.find((c) => c.id === query.open)
    if (cluster) {
      const { x0, x1 } = openingStretch(cluster.zoomTo, view.k)
      view = viewShowing(x0, x1, left, right, plan.maxZoom)
    }
  }
  if (query.reveal) {
    const index = plan.events.findIndex((e) => e.id === query.reveal!.id)
    if (index >= 0) view = revealedView(plan, index, view, query.reveal.min) ?? view
  }
  return { orientation: 'horizontal', k: view.k, x: view.x, layout: layoutHorizontalView(plan, view) }
}

function tallView(plan: VerticalPlan, query: ViewQuery): ServedView {
  let k = Math.min(plan.maxZoom, Math.max(1, query.k))
  let about: number | undefined
  if (query.open !== undefined) {
    const cluster = layoutVerticalView(plan, k).clusters.find((c) => c.id === query.open)
    if (cluster) {
      const first = cluster.order
      const last = cluster.order + cluster.eventIds.length - 1
      k = openedZoom(plan, first, last, k)
      about = (plan.starts[first]! + plan.starts[last]!) / 2
    }
  }
  if (query.reveal) {
    const index = plan.events.findIndex((e) => e.id === query.reveal!.id)
    if (index >= 0) {
      const next = revealedZoom(plan, index, k, query.reveal.min)
      if (next !== k) {
        k = next
        about = plan.starts[index]!
      }
    }
  }
  return { orientation: 'vertical', k, x: 0, ...(about !== undefined ? { about } : {}), layout: layoutVerticalView(plan, k) }
}

