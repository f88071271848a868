import { select } from 'd3-selection'
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom'
import { MARGIN_X } from '@/lib/layout/box-styles'
import { clampView, viewShowing, type ZoomView } from '@/lib/layout/zoom'
import { viewPath } from '@/lib/layout/zoom-path'
import type { DrawingZoom } from './drawing-zoom'
import { interruptible } from './zoom-interrupt'

/** The wide drawing's zoom, whoever lays out its views (the browser: zoom-controller.ts; the server: components/embed/served-zoom.ts). */
export interface WideZoom extends DrawingZoom {
  /** Zooms so that this stretch of the unzoomed drawing fills the view. */
  show(x0: number, x1: number): void
  /** Goes to `view`: animated, unless the reader asks for reduced motion. */
  go(view: ZoomView): void
}

/** What the gestures need to know of the drawing: its width and its deepest zoom. */
export interface WideFrame {
  width: number
  maxZoom: number
}

export interface WideZoomOptions {
  wheelAllowed: () => boolean
  reducedMotion: () => boolean
  /** The view now, and where a zoom by button, key or selection is headed while it runs (undefined for a gesture). */
  onView: (view: ZoomView, headed: ZoomView | undefined) => void
}

/** How long a zoom by button, key or selection takes to arrive, in ms. */
const DURATION = 250

/**
 * d3-zoom on the horizontal drawing's <svg>. d3 only listens for gestures and
 * keeps the transform; every change goes to `onView`, and whoever lays out the
 * drawing draws it for the new view. Only the x axis zooms.
 *
 * The page must never be trapped: the wheel zooms only when `wheelAllowed()`
 * (the timeline has focus) or with Ctrl/⌘ held (which is also what a trackpad
 * pinch sends); one finger on a touch screen scrolls the page, two pinch.
 */
export function createWideZoom(svg: SVGSVGElement, frame: WideFrame, options: WideZoomOptions): WideZoom {
  const left = MARGIN_X
  const right = frame.width - MARGIN_X
  const toView = (t: { k: number; x: number }): ZoomView => clampView({ k: t.k, x: t.x }, left, right)
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, frame.maxZoom])
    .constrain((t) => {
      const v = toView(t)
      return zoomIdentity.translate(v.x, 0).scale(v.k)
    })
    .filter((event: Event) => {
      if (event.type === 'wheel') {
        const wheel = event as WheelEvent
        return options.wheelAllowed() || wheel.ctrlKey || wheel.metaKey
      }
      if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2
      const mouse = event as MouseEvent
      return !mouse.ctrlKey && !mouse.button
    })
    // d3's default multiplies Ctrl+wheel by 10 for trackpad pinches (small deltas); a mouse wheel held
    // with Ctrl sends whole notches and would leap to the deepest zoom in a few turns.
    .wheelDelta((event: WheelEvent) => {
      const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002
      const pinch = event.ctrlKey && Math.abs(event.deltaY) < 50
      return -event.deltaY * unit * (pinch ? 10 : 1)
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // A gesture (wheel, drag, pinch) takes over from any programmatic target.
      if (event.sourceEvent) target = undefined
      options.onView(toView(event.transform), target)
    })
  const selection = select(svg)
  selection.call(behavior).on('dblclick.zoom', null)

  // Where the last programmatic zoom is headed: presses of + in quick succession compound from there,
  // not from wherever the running animation happens to be.
  let target: ZoomView | undefined
  const jump = (view: ZoomView) => selection.call(behavior.transform, zoomIdentity.translate(view.x, 0).scale(view.k))
  let stopAnimation: (() => void) | undefined
  // An animated zoom, one zoom.transform per frame (d3-transition is not in the bundle: see zoom-interrupt.ts).
  // It follows d3's smooth zoom path (van Wijk and Nuij) between the views' middles and widths, as
  // d3-zoom's own transitions do; a gesture interrupts it.
  const go = (view: ZoomView) => {
    target = view
    stopAnimation?.()
    if (options.reducedMotion()) return jump(view)
    const path = viewPath(toView(zoomTransform(svg)), view, left, right)
    const start = performance.now()
    let frame = 0
    const stop = () => {
      cancelAnimationFrame(frame)
      unregister()
      if (stopAnimation === stop) stopAnimation = undefined
    }
    const step = (now: number) => {
      const t = (now - start) / DURATION
      jump(path(t))
      if (t >= 1) stop()
      else frame = requestAnimationFrame(step)
    }
    const unregister = interruptible(svg, stop)
    stopAnimation = stop
    frame = requestAnimationFrame(step)
  }

  return {
    maxZoom: frame.maxZoom,
    go,
    zoomBy: (factor) => {
      const from = target ?? toView(zoomTransform(svg))
      const k = Math.min(frame.maxZoom, Math.max(1, from.k * factor))
      // Keep the middle of the view where it is.
      const middle = (left + right) / 2
      go(clampView({ k, x: middle - ((middle - from.x) / from.k) * k }, left, right))
    },
    fit: () => go({ k: 1, x: 0 }),
    show: (x0, x1) => go(viewShowing(x0, x1, left, right, frame.maxZoom)),
    destroy: () => {
      stopAnimation?.()
      selection.on('.zoom', null)
    },
  }
}
