import type { ViewerModel } from '@/lib/interaction/model'
import type { DrawingZoom } from './drawing-zoom'
import { recordEarlyPinch, type EarlyPinch } from './early-pinch'
import type { PaintState } from './paint'

/** The wide drawing, or the tall one phones show. */
export type Orientation = 'horizontal' | 'vertical'

/** The width below which CSS shows the tall drawing instead of the wide one (styles/globals.css). */
const NARROW = '(max-width: 767.98px)'
export const shownOrientation = (): Orientation => (window.matchMedia(NARROW).matches ? 'vertical' : 'horizontal')
export const drawingSvg = (root: Element, orientation: Orientation) => root.querySelector<SVGSVGElement>(`.tl-drawings [data-orientation="${orientation}"] svg`)

/** What the plain-DOM viewer (dom-viewer.ts) tells its zoom. */
export interface ZoomHooks {
  wheelAllowed: () => boolean
  /** A zoom loaded, or its level changed. */
  onChange: () => void
  /** A drawing was drawn anew and is in the page. */
  onDrawn: (orientation: Orientation) => void
}

/**
 * The zoom of the plain-DOM viewer, whoever lays out its views: the browser (dom-viewer-zoom.ts) or
 * the server that served the widget (components/embed/served-zoom.ts).
 */
export interface ViewerZoom {
  /** Loads the zoom of the drawing in `orientation` (the one shown, by default). */
  ensure(orientation?: Orientation): Promise<unknown>
  /** Whether the browser draws the drawing in `orientation` now (the viewer then no longer paints its markup). */
  drawsHere(orientation: Orientation): boolean
  /** The zoom of the drawing the screen shows, for the buttons. */
  shown(): { k: number; max: number | undefined; loaded: boolean }
  /** Acts on the zoom of the drawing in `orientation`, or of the one the screen shows, loading it first if need be. */
  zoomShown(action: (z: DrawingZoom) => void, orientation?: Orientation): void
  /** A click on a cluster's mark: the wide drawing zooms in on it, the tall one opens it where it stands. False: not handled. */
  openCluster(mark: HTMLElement, orientation: Orientation, order: number, count: number): boolean
  /** The state changed: draw again what the browser draws. */
  paint(state: PaintState): void
  /** The selected event in view in the drawing shown, zooming in on it on arrival if `zoomIn`. */
  reveal(selectedId: string, zoomIn: boolean): Promise<void> | void
  /** After the tall drawing was drawn: the point its zoom was about keeps its place on the screen. */
  afterTallDraw(): void
  destroy(): void
}

export type ZoomFactory = (root: HTMLElement, model: ViewerModel, hooks: ZoomHooks) => ViewerZoom

/**
 * What a zoom watches for before it loads: the first sign of a reader reaching for the timeline (pointer, finger or
 * focus), which loads it (`ensure`); a pinch begun on the tall drawing meanwhile, kept for it (early-pinch.ts); and,
 * once it is in use (`used`), a turn of the screen, which loads the other drawing's zoom too.
 */
export function zoomIntent(root: HTMLElement, hooks: { ensure: () => void; used: () => boolean; onChange: () => void }) {
  const intent = () => hooks.ensure()
  const events = ['pointerenter', 'focusin', 'touchstart'] as const
  for (const name of events) root.addEventListener(name, intent, { passive: true, once: true })
  const tallSvg = drawingSvg(root, 'vertical')
  let early = tallSvg ? recordEarlyPinch(tallSvg) : null
  const narrow = window.matchMedia(NARROW)
  const turned = () => {
    if (hooks.used()) hooks.ensure()
    hooks.onChange()
  }
  narrow.addEventListener('change', turned)
  return {
    /** The pinch made on the tall drawing before its zoom loaded, if any; recording stops. */
    takePinch(): EarlyPinch | undefined {
      const pinch = early?.take()
      early = null
      return pinch
    },
    stop() {
      for (const name of events) root.removeEventListener(name, intent)
      narrow.removeEventListener('change', turned)
      early?.stop()
    },
  }
}
