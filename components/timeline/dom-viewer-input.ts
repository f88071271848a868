import { quoteIdOf, QUOTE_SELECTOR, togglePin } from '@/lib/interaction/quotes'
import type { Store } from '@/lib/interaction/store'
import { keyOutcome, type ViewerState } from '@/lib/interaction/viewer-state'
import type { Direction } from '@/lib/layout/layout-types'
import { drawingKey, orientationOf } from './drawing-keys'
import { markRef } from './paint'
import type { Orientation, ViewerZoom } from './viewer-zoom'

interface Wiring {
  ids: readonly string[]
  direction: Direction
  store: Store<ViewerState>
  zoom: ViewerZoom
  /** Selects an event, and with `focusIn` gives its mark in that drawing the focus once drawn. */
  select: (id: string, focusIn?: Orientation) => void
  noteFocus: (target: Element) => void
}

/**
 * What the reader's keys, clicks, pointer, wheel and focus do in the drawings: one listener of each kind on the viewer,
 * for every mark whoever drew it (event delegation); keys, clicks and focus count only in the
 * drawings, the pointer anywhere in the viewer. The decisions are lib/interaction's. Returns the
 * way to take the listeners off, and whether a plain wheel zooms now.
 */
export function wireInput(root: HTMLElement, { ids, direction, store, zoom, select, noteFocus }: Wiring) {
  // The focus (or the last press) is in the timeline: the plain wheel then zooms.
  let focusedWithin = false
  let hintTimer: ReturnType<typeof setTimeout> | undefined
  const inDrawings = (event: Event) => (event.target as Element).closest?.('.tl-drawings') != null

  const keydown = (event: KeyboardEvent) => {
    if (!inDrawings(event)) return
    const key = drawingKey(event, direction)
    if (!key) return
    const { action, ref, orientation } = key
    if (action.kind === 'zoom') return zoom.zoomShown((z) => z.zoomBy(action.factor), orientation)
    if (action.kind === 'fit') return zoom.zoomShown((z) => z.fit(), orientation)
    const outcome = keyOutcome(action, ids, ref ? { ...ref, cluster: key.cluster } : undefined)
    if (!outcome) return
    if (outcome.select !== undefined) select(outcome.select, outcome.focus ? orientation : undefined)
    if (outcome.patch) store.set(outcome.patch)
  }

  // A click follows the mark's link: the hash (so the selection) follows. A cluster's link is the way in
  // without JavaScript; with it, a click zooms in on the cluster instead. A callout tapped is pinned open.
  const click = (event: MouseEvent) => {
    if (!inDrawings(event)) return
    const target = event.target as Element
    const quote = target.closest(QUOTE_SELECTOR)
    if (quote) {
      const id = quoteIdOf((name) => quote.getAttribute(name))
      if (id) store.set((now) => ({ pinned: togglePin(now.pinned, id) }))
      return
    }
    const mark = target.closest<HTMLElement>('[data-cluster-id]')
    const ref = mark ? markRef(mark) : undefined
    if (mark && ref && zoom.openCluster(mark, orientationOf(mark), ref.order, ref.count)) event.preventDefault()
  }

  // The callout under the pointer, once a frame: a move sends several events (pointermove, then mousemove), and
  // an opened callout put in their way at once would take the rest of them from the mark the pointer went to.
  let hoverFrame = 0
  let hoverNext: string | undefined
  const hover = (id: string | undefined) => {
    hoverNext = id
    hoverFrame ||= requestAnimationFrame(() => {
      hoverFrame = 0
      store.set({ hover: hoverNext })
    })
  }
  // On a move, not on pointerover: the browser also sends pointerover when the page scrolls under a still pointer.
  const pointermove = (event: PointerEvent) => {
    const quote = (event.target as Element).closest?.(QUOTE_SELECTOR)
    hover(quote ? quoteIdOf((name) => quote.getAttribute(name)) : undefined)
  }
  const pointerleave = () => hover(undefined)
  const focusin = (event: FocusEvent) => {
    if (!inDrawings(event)) return
    focusedWithin = true
    noteFocus(event.target as Element)
  }
  const focusout = (event: FocusEvent) => {
    if (!inDrawings(event)) return
    focusedWithin = event.relatedTarget !== null && root.contains(event.relatedTarget as Node)
  }
  // A wheel turned over the wide drawing without the focus in it scrolls the page, as it should, and says how to zoom.
  const wheel = (event: WheelEvent) => {
    if (focusedWithin || event.ctrlKey || event.metaKey) return
    if (!(event.target as Element).closest?.('[data-orientation="horizontal"]')) return
    store.set({ wheelHint: true })
    clearTimeout(hintTimer)
    hintTimer = setTimeout(() => store.set({ wheelHint: false }), 2000)
  }
  // A press on the drawing counts as focus for the wheel, as focus on a mark does; a press elsewhere ends it.
  const press = (event: PointerEvent) => {
    focusedWithin = root.contains(event.target as Node)
  }

  const listeners = { keydown, click, pointermove, pointerleave, focusin, focusout } as Record<string, (e: never) => void>
  for (const [name, listener] of Object.entries(listeners)) root.addEventListener(name, listener as EventListener)
  root.addEventListener('wheel', wheel, { passive: true })
  document.addEventListener('pointerdown', press)
  return {
    wheelAllowed: () => focusedWithin,
    stop() {
      for (const [name, listener] of Object.entries(listeners)) root.removeEventListener(name, listener as EventListener)
      root.removeEventListener('wheel', wheel)
      document.removeEventListener('pointerdown', press)
      clearTimeout(hintTimer)
      cancelAnimationFrame(hoverFrame)
    },
  }
}
