import { piecewiseScale } from './piecewise'
import type { TimeAxis } from './time-axis'

/** A zoom as d3-zoom describes it: positions x become x * k + x (translate), in drawing px. */
export interface ZoomView {
  k: number
  x: number
}

export const IDENTITY: ZoomView = { k: 1, x: 0 }

/**
 * The axis as seen through a zoom, cut to the visible stretch [left, right].
 * Segments and breaks are scaled and moved; segments outside the view are
 * dropped and those across its edges are clipped (their times too), so ticks
 * are computed only for what is on screen, at the density the zoom level
 * gives them: years become months, then days, then hours (semantic zoom).
 */
export function zoomAxis(axis: TimeAxis, view: ZoomView, left: number, right: number): TimeAxis {
  const at = (x: number) => x * view.k + view.x
  const segments = axis.segments.flatMap((s) => {
    const x0 = at(s.x0)
    const x1 = at(s.x1)
    if (x1 <= left || x0 >= right) return []
    const rate = (s.end - s.start) / (x1 - x0)
    const cx0 = Math.max(x0, left)
    const cx1 = Math.min(x1, right)
    return [{ start: s.start + (cx0 - x0) * rate, end: s.end - (x1 - cx1) * rate, x0: cx0, x1: cx1 }]
  })
  const breaks = axis.breaks.map((b) => ({ ...b, x0: at(b.x0), x1: at(b.x1) })).filter((b) => b.x1 > left && b.x0 < right)
  // The full piecewise scale, zoomed: marks outside the view get positions outside it, never clamped onto its edge.
  const scale = piecewiseScale(
    axis.segments.flatMap((s) => [s.start, s.end]),
    axis.segments.flatMap((s) => [at(s.x0), at(s.x1)]),
  )
  return { segments, breaks, scale, x0: at(axis.x0), x1: at(axis.x1) }
}

/** The view that shows [x0, x1] of the unzoomed drawing across [left, right], within the zoom limits. */
export function viewShowing(x0: number, x1: number, left: number, right: number, maxK: number): ZoomView {
  const k = Math.min(maxK, Math.max(1, (right - left) / Math.max(x1 - x0, 1e-6)))
  const centre = (x0 + x1) / 2
  return clampView({ k, x: (left + right) / 2 - centre * k }, left, right)
}

/** Keeps the drawing covering the view: no panning past either end of the timeline. */
export function clampView(view: ZoomView, left: number, right: number): ZoomView {
  const k = Math.max(1, view.k)
  // At k, the drawing's [left, right] spans [left*k + x, right*k + x]; it must contain [left, right].
  const minX = right - right * k
  const maxX = left - left * k
  return { k, x: Math.min(maxX, Math.max(minX, view.x)) }
}

/** The stretch of the unzoomed drawing a zoom into a cluster shows at zoom k: the cluster's, and 20 screen px either side of it. */
export function openingStretch(zoomTo: { x0: number; x1: number }, k: number): { x0: number; x1: number } {
  return { x0: zoomTo.x0 - 20 / k, x1: zoomTo.x1 + 20 / k }
}
