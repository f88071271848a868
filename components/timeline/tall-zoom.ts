import type { ZoomInput } from '@/lib/layout/drawings'
import { DRAWING_WIDTHS } from '@/lib/layout/drawing-widths'
import type { TimelineLayout } from '@/lib/layout/layout-types'
import { planOptions } from '@/lib/layout/plan-options'
import { layoutVerticalView, planVertical } from '@/lib/layout/vertical-layout'
import { openedZoom, revealedZoom } from '@/lib/layout/tall-zoom-targets'
import type { EarlyPinch } from './early-pinch'
import { createTallGestures, type TallGestures } from './tall-gestures'

export interface TallZoom extends TallGestures {
  /** The tall drawing at zoom k. */
  layout(k: number): TimelineLayout
  /** Zooms in (at least twice as deep) until the events first..last (in time order) are no longer one cluster. */
  open(first: number, last: number): void
  /** Zooms (at least to `minZoom`) until the event stands on its own, not in a cluster. */
  reveal(id: string, minZoom?: number): void
}

/** The tall drawing's zoom laid out in the browser: its gestures (tall-gestures.ts) over a plan of the story made here. */
export function createTallZoom(svg: SVGSVGElement, input: ZoomInput, onZoom: (k: number) => void, early?: EarlyPinch): TallZoom {
  const plan = planVertical(input.events, input.quotes, planOptions(input, DRAWING_WIDTHS.vertical))
  const index = new Map(input.events.map((e, i) => [e.id, i]))
  const zoom = createTallGestures(svg, { width: plan.width, maxZoom: plan.maxZoom, axisTop: plan.axis.x0 }, onZoom, early)
  return {
    ...zoom,
    layout: (k) => layoutVerticalView(plan, k),
    open: (first, last) => zoom.zoomAbout(openedZoom(plan, first, last, zoom.k()), (plan.starts[first]! + plan.starts[last]!) / 2),
    reveal: (id, minZoom = 1) => {
      const i = index.get(id)
      if (i === undefined) return
      const k = zoom.k()
      const next = revealedZoom(plan, i, k, minZoom)
      if (next !== k) zoom.zoomAbout(next, plan.starts[i]!)
    },
  }
}
