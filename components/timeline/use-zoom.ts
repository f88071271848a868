import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react'
import type { ViewerMessages } from '@/lib/i18n/viewer-messages'
import type { ZoomInput } from '@/lib/layout/drawings'
import type { ZoomView } from '@/lib/layout/zoom'
import type { DrawingZoom } from './drawing-zoom'
import { recordEarlyPinch, type PinchRecorder } from './early-pinch'
import type { ClientDrawing, HeldTouches, TallZoom, ZoomController } from './zoom-module'

const FIT: ZoomView = { k: 1, x: 0 }

export type Orientation = 'horizontal' | 'vertical'

/** A drawing's <svg> in a viewer: the wide one, or the tall one phones show. */
export const drawingSvg = (root: Element | null, orientation: Orientation) => root?.querySelector<SVGSVGElement>(`.tl-drawings [data-orientation="${orientation}"] svg`) ?? null

/** The width below which CSS shows the tall drawing instead of the wide one (styles/globals.css). */
const NARROW = '(max-width: 767.98px)'
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
 * Zoom: d3-zoom, the layout code and the drawings' renderer load on first sign of use (pointer or
 * finger on the timeline, focus in it, a zoom key or button, or a deep link that needs revealing),
 * so reading costs none of it; until then (and without JavaScript) the server's drawings at zoom 1
 * stand. The wide drawing's view pans and zooms (`view`); the tall one's only zooms (`tallK`), the
 * page scrolling it. `wheelAllowed` says whether a plain wheel zooms (the timeline has the focus).
 */
export function useZoom(root: RefObject<HTMLElement | null>, input: ZoomInput, { wheelAllowed }: { wheelAllowed: () => boolean }) {
  const [view, setView] = useState<ZoomView>(FIT)
  const [tallK, setTallK] = useState(1)
  const [zoomers, setZoomers] = useState<Zoomers | null>(null)
  const loading = useRef<Promise<Zoomers> | null>(null)
  const made = useRef<{ zoomers: Zoomers; touches: HeldTouches[] } | null>(null)
  const earlyPinch = useRef<PinchRecorder | null>(null)
  const ensure = useCallback((): Promise<Zoomers> => {
    loading.current ??= import('./zoom-module').then((m) => {
      const wideEl = drawingSvg(root.current, 'horizontal')
      const tallEl = drawingSvg(root.current, 'vertical')
      const early = earlyPinch.current?.take()
      earlyPinch.current = null
      const touches = new Map([wideEl, tallEl].filter((el) => el !== null).map((el) => [el, m.holdTouches(el, el === tallEl && early?.live ? early.targets : [])]))
      const zoomers: Zoomers = {
        wide: wideEl
          ? m.createZoom(wideEl, input, {
              wheelAllowed,
              reducedMotion: () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
              onView: setView,
            })
          : null,
        tall: tallEl ? m.createTallZoom(tallEl, input, setTallK, early) : null,
        mount: (svg, messages, onCommit) => m.mountDrawing(svg, messages, touches.get(svg) ?? m.holdTouches(svg), onCommit),
      }
      made.current = { zoomers, touches: [...touches.values()] }
      setZoomers(zoomers)
      return zoomers
    })
    return loading.current
  }, [root, input, wheelAllowed])
  useEffect(() => {
    const el = root.current
    if (!el) return
    const intent = () => void ensure()
    const events = ['pointerenter', 'focusin', 'touchstart'] as const
    for (const name of events) el.addEventListener(name, intent, { passive: true, once: true })
    // A pinch begun while the zoom is on its way is kept for it (early-pinch.ts).
    const tallEl = made.current ? null : drawingSvg(el, 'vertical')
    if (tallEl) earlyPinch.current = recordEarlyPinch(tallEl)
    return () => {
      for (const name of events) el.removeEventListener(name, intent)
      earlyPinch.current?.stop()
      earlyPinch.current = null
      made.current?.zoomers.wide?.destroy()
      made.current?.zoomers.tall?.destroy()
      for (const t of made.current?.touches ?? []) t.destroy()
    }
  }, [root, ensure])
  /** Acts on the wide drawing's zoom, once loaded. */
  const zoomWith = useCallback((action: (z: ZoomController) => void) => void ensure().then((z) => z.wide && action(z.wide)), [ensure])
  /** Acts on the zoom of the drawing in `orientation`, or of the one the screen shows. */
  const zoomShown = useCallback(
    (action: (z: DrawingZoom) => void, orientation?: Orientation) =>
      void ensure().then((z) => {
        const tall = orientation ? orientation === 'vertical' : window.matchMedia(NARROW).matches
        const zoomer = tall ? z.tall : z.wide
        if (zoomer) action(zoomer)
      }),
    [ensure],
  )
  return { view, tallK, zoomer: zoomers?.wide ?? null, tall: zoomers?.tall ?? null, mount: zoomers?.mount ?? null, ensure, zoomWith, zoomShown }
}
