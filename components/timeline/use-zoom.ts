import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react'
import type { ViewerMessages } from '@/lib/i18n/viewer-messages'
import type { ZoomInput } from '@/lib/layout/drawings'
import type { ZoomView } from '@/lib/layout/zoom'
import type { DrawingZoom } from './drawing-zoom'
import { recordEarlyPinch, type EarlyPinch, type PinchRecorder } from './early-pinch'
import type { ClientDrawing } from './drawing-root'
import type { HeldTouches } from './held-touches'
import type { TallZoom } from './tall-zoom'
import type { ZoomController } from './zoom-controller'

const FIT: ZoomView = { k: 1, x: 0 }

export type Orientation = 'horizontal' | 'vertical'

/** A drawing's <svg> in a viewer: the wide one, or the tall one phones show. */
export const drawingSvg = (root: Element | null, orientation: Orientation) => root?.querySelector<SVGSVGElement>(`.tl-drawings [data-orientation="${orientation}"] svg`) ?? null

/** The width below which CSS shows the tall drawing instead of the wide one (styles/globals.css). */
const NARROW = '(max-width: 767.98px)'
const shownNow = (): Orientation => (window.matchMedia(NARROW).matches ? 'vertical' : 'horizontal')
const watchNarrow = (change: () => void) => {
  const query = window.matchMedia(NARROW)
  query.addEventListener('change', change)
  return () => query.removeEventListener('change', change)
}
/** Which drawing the screen shows: the tall one on a narrow screen. Wide until hydrated, as the server cannot know. */
export function useShownOrientation(): Orientation {
  const narrow = useSyncExternalStore(
    watchNarrow,
    () => window.matchMedia(NARROW).matches,
    () => false,
  )
  return narrow ? 'vertical' : 'horizontal'
}

export type { DrawingZoom as Zoomable } from './drawing-zoom'

export type MountDrawing = (svg: SVGSVGElement, messages: ViewerMessages, onCommit: () => void) => ClientDrawing

export interface Zoomers {
  wide: ZoomController | null
  tall: TallZoom | null
  mount: MountDrawing
}

/**
 * Zoom: the layout code, the drawings' renderer and (for the wide drawing) d3-zoom load on first sign
 * of use (pointer or finger on the timeline, focus in it, a zoom key or button, or a deep link that
 * needs revealing), so reading costs none of it; until then (and without JavaScript) the server's
 * drawings at zoom 1 stand. Only the zoom of the drawing the screen shows loads (a phone never fetches
 * d3-zoom and the wide layout), the other's if the screen changes. The wide drawing's view pans and
 * zooms (`view`); the tall one's only zooms (`tallK`), the page scrolling it. `wheelAllowed` says
 * whether a plain wheel zooms (the timeline has the focus).
 */
export function useZoom(root: RefObject<HTMLElement | null>, input: ZoomInput, { wheelAllowed }: { wheelAllowed: () => boolean }) {
  const [view, setView] = useState<ZoomView>(FIT)
  const [tallK, setTallK] = useState(1)
  const [zoomers, setZoomers] = useState<Zoomers | null>(null)
  const loading = useRef<Partial<Record<Orientation, Promise<Zoomers>>>>({})
  const made = useRef<{ zoomers: Zoomers; touches: Map<SVGSVGElement, HeldTouches> } | null>(null)
  const earlyPinch = useRef<PinchRecorder | null>(null)
  /** Loads the zoom of the drawing in `orientation` (the one shown, by default); resolves to every zoom loaded so far. */
  const ensure = useCallback(
    (orientation: Orientation = shownNow()): Promise<Zoomers> => {
      loading.current[orientation] ??= (orientation === 'vertical' ? import('./zoom-tall') : import('./zoom-wide')).then((m) => {
        const el = drawingSvg(root.current, orientation)
        const touches = made.current?.touches ?? new Map<SVGSVGElement, HeldTouches>()
        let early: EarlyPinch | undefined
        if (orientation === 'vertical') {
          early = earlyPinch.current?.take()
          earlyPinch.current = null
        }
        if (el) touches.set(el, m.holdTouches(el, early?.live ? early.targets : []))
        const mount: MountDrawing = (svg, messages, onCommit) => m.mountDrawing(svg, messages, touches.get(svg) ?? m.holdTouches(svg), onCommit)
        const zoomers: Zoomers = { wide: made.current?.zoomers.wide ?? null, tall: made.current?.zoomers.tall ?? null, mount }
        if ('createZoom' in m)
          zoomers.wide = el
            ? m.createZoom(el, input, {
                wheelAllowed,
                reducedMotion: () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
                onView: setView,
              })
            : null
        else zoomers.tall = el ? m.createTallZoom(el, input, setTallK, early) : null
        made.current = { zoomers, touches }
        setZoomers(zoomers)
        return zoomers
      })
      return loading.current[orientation]
    },
    [root, input, wheelAllowed],
  )
  useEffect(() => {
    const el = root.current
    if (!el) return
    const intent = () => void ensure()
    const events = ['pointerenter', 'focusin', 'touchstart'] as const
    for (const name of events) el.addEventListener(name, intent, { passive: true, once: true })
    // A pinch begun while the zoom is on its way is kept for it (early-pinch.ts).
    const tallEl = made.current?.zoomers.tall ? null : drawingSvg(el, 'vertical')
    if (tallEl) earlyPinch.current = recordEarlyPinch(tallEl)
    // A reader who has used the zoom and turns the phone (or widens the window) finds the other drawing's zoom ready too.
    const stopWatching = watchNarrow(() => {
      if (made.current) void ensure()
    })
    return () => {
      for (const name of events) el.removeEventListener(name, intent)
      stopWatching()
      earlyPinch.current?.stop()
      earlyPinch.current = null
      made.current?.zoomers.wide?.destroy()
      made.current?.zoomers.tall?.destroy()
      for (const t of made.current?.touches.values() ?? []) t.destroy()
    }
  }, [root, ensure])
  /** Acts on the wide drawing's zoom, once loaded. */
  const zoomWith = useCallback((action: (z: ZoomController) => void) => void ensure('horizontal').then((z) => z.wide && action(z.wide)), [ensure])
  /** Acts on the zoom of the drawing in `orientation`, or of the one the screen shows. */
  const zoomShown = useCallback(
    (action: (z: DrawingZoom) => void, orientation?: Orientation) =>
      void ensure(orientation).then((z) => {
        const zoomer = (orientation ?? shownNow()) === 'vertical' ? z.tall : z.wide
        if (zoomer) action(zoomer)
      }),
    [ensure],
  )
  return { view, tallK, zoomer: zoomers?.wide ?? null, tall: zoomers?.tall ?? null, mount: zoomers?.mount ?? null, ensure, zoomWith, zoomShown }
}
