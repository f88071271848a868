import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import type { ZoomInput } from '@/lib/layout/drawings'
import type { ZoomView } from '@/lib/layout/zoom'
import { hashId } from './select-event'
import type { Orientation } from './use-zoom'
import type { TallZoom } from './tall-zoom'
import type { ZoomController } from './zoom-controller'

/**
 * The selected event is always in view on its own: a deep link, a step with the keys or the
 * buttons pans and zooms the drawing the screen shows as far as needed (a deep link on arrival
 * zooms in on it, where `zoomOnArrival`). Only the event named by the URL the page was opened with
 * counts as an arrival.
 */
export function useRevealSelection(
  root: RefObject<HTMLElement | null>,
  {
    selectedId,
    zoomOnArrival,
    ids,
    zoomer,
    tall,
    shown,
    view,
    ensure,
  }: { selectedId: string | undefined; zoomOnArrival: boolean; ids: readonly string[]; zoomer: ZoomController | null; tall: TallZoom | null; shown: Orientation; view: ZoomView; ensure: (orientation?: Orientation) => Promise<unknown> },
) {
  const arrival = useRef<string | undefined>(undefined)
  const latest = useRef(view)
  useLayoutEffect(() => {
    latest.current = view
  })
  useEffect(() => {
    const id = hashId()
    if (id && ids.includes(id)) arrival.current = id
  }, [ids])
  useEffect(() => {
    if (!selectedId) return
    const zoomIn = zoomOnArrival && selectedId === arrival.current
    const loaded = shown === 'vertical' ? tall : zoomer
    if (!loaded) {
      // Zoom loads only when this selection needs it: to zoom in on arrival, or to bring out an event
      // that the drawing as it stands shows inside a cluster.
      const standsAlone = root.current?.querySelector(`.tl-drawings [data-orientation="${shown}"] [data-event-id="${CSS.escape(selectedId)}"]`)
      if (zoomIn || !standsAlone) void ensure(shown)
      return
    }
    arrival.current = undefined
    if (tall && shown === 'vertical') tall.reveal(selectedId, zoomIn ? 2 : 1)
    else zoomer?.reveal(selectedId, latest.current, zoomIn ? 2 : 1)
  }, [root, zoomer, tall, shown, selectedId, zoomOnArrival, ensure])
}

/**
 * "Show on the timeline" under a quote in the article: select its event, open its callout, and bring
 * the timeline into view with the mark focused. A quote of no event only opens its callout.
 */
export function useLocateQuote(root: RefObject<HTMLElement | null>, quotes: ZoomInput['quotes'], { select, pin }: { select: (id: string, focusIn?: string) => void; pin: (id: string) => void }) {
  useEffect(() => {
    const eventOf = new Map(quotes.map((q) => [q.id, q.eventId]))
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.<HTMLElement>('[data-locate-quote]')
      const quoteId = link?.dataset.locateQuote
      if (!quoteId || !eventOf.has(quoteId)) return
      event.preventDefault()
      pin(quoteId)
      const drawing = [...(root.current?.querySelectorAll<HTMLElement>('.tl-drawings [data-orientation]') ?? [])].find((d) => d.offsetParent !== null)
      drawing?.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' })
      const eventId = eventOf.get(quoteId)
      if (eventId) select(eventId, drawing?.dataset.orientation ?? 'horizontal')
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [root, quotes, select, pin])
}
