import type { ZoomInput } from '@/lib/layout/drawings'
import type { TimelineLayout } from '@/lib/layout/layout-types'
import { planOptions } from '@/lib/layout/plan-options'
import { layoutHorizontalView } from '@/lib/layout/timeline-layout'
import { planHorizontal } from '@/lib/layout/horizontal-plan'
import type { ZoomView } from '@/lib/layout/zoom'
import { revealedView } from '@/lib/layout/zoom-targets'
import { createWideZoom, type WideZoom, type WideZoomOptions } from './wide-zoom'

export interface ZoomController extends WideZoom {
  /** The horizontal drawing at this zoom. */
  layout(view: ZoomView): TimelineLayout
  /**
   * Pans and zooms (only as far as needed, and at least to `minZoom`) until the
   * event is in view and drawn on its own, not inside a cluster.
   */
  reveal(id: string, current: ZoomView, minZoom?: number): void
}

/** The wide drawing's zoom laid out in the browser: its gestures (wide-zoom.ts) over a plan of the story made here. */
export function createZoom(svg: SVGSVGElement, input: ZoomInput, options: WideZoomOptions): ZoomController {
  const plan = planHorizontal(input.events, input.quotes, planOptions(input, input.width))
  const zoom = createWideZoom(svg, { width: input.width, maxZoom: plan.maxZoom }, options)
  const index = new Map(input.events.map((e, i) => [e.id, i]))
  return {
    ...zoom,
    layout: (view) => layoutHorizontalView(plan, view),
    reveal: (id, current, minZoom = 1) => {
      const i = index.get(id)
      const view = i === undefined ? undefined : revealedView(plan, i, current, minZoom)
      if (view) zoom.go(view)
    },
  }
}
