import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import type { ViewerMessages } from '@/lib/i18n/viewer-messages'
import type { ZoomInput } from '@/lib/layout/drawings'
import type { ZoomView } from '@/lib/layout/zoom'
import type { WideDrawing, ZoomController } from './zoom-module'

const FIT: ZoomView = { k: 1, x: 0 }

/** The wide drawing's <svg> in a viewer. */
export const wideSvg = (root: Element | null) => root?.querySelector<SVGSVGElement>('.tl-drawings [data-orientation="horizontal"] svg') ?? null

/**
 * Zoom: d3-zoom, the layout code and the wide drawing's renderer load on first sign of use (pointer
 * over the timeline, focus in it, a zoom key or button, or a deep link that needs revealing), so
 * reading costs none of it; until then (and without JavaScript) the server's drawing at zoom 1
 * stands. `wheelAllowed` says whether a plain wheel zooms (the timeline has the focus).
 */
export function useZoom(root: RefObject<HTMLElement | null>, input: ZoomInput, { wheelAllowed }: { wheelAllowed: () => boolean }) {
  const [view, setView] = useState<ZoomView>(FIT)
  const [zoomer, setZoomer] = useState<ZoomController | null>(null)
  const mountWide = useRef<((svg: SVGSVGElement, messages: ViewerMessages, onCommit: () => void) => WideDrawing) | null>(null)
  const loading = useRef<Promise<ZoomController | undefined> | null>(null)
  const controller = useRef<ZoomController | null>(null)
  const ensure = useCallback((): Promise<ZoomController | undefined> => {
    loading.current ??= import('./zoom-module').then((m) => {
      const svg = wideSvg(root.current)
      if (!svg) return undefined
      mountWide.current = m.mountWide
      controller.current = m.createZoom(svg, input, {
        wheelAllowed,
        reducedMotion: () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
        onView: setView,
      })
      setZoomer(controller.current)
      return controller.current
    })
    return loading.current
  }, [root, input, wheelAllowed])
  useEffect(() => {
    const el = root.current
    if (!el) return
    const intent = () => void ensure()
    const events = ['pointerenter', 'focusin', 'touchstart'] as const
    for (const name of events) el.addEventListener(name, intent, { passive: true, once: true })
    return () => {
      for (const name of events) el.removeEventListener(name, intent)
      controller.current?.destroy()
    }
  }, [root, ensure])
  const zoomWith = useCallback((action: (z: ZoomController) => void) => void ensure().then((z) => z && action(z)), [ensure])
  return { view, zoomer, ensure, zoomWith, mountWide }
}
