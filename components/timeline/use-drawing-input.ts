import type { Dispatch, RefObject, SetStateAction } from 'react'
import { quoteIdOf, QUOTE_SELECTOR, togglePin } from '@/lib/interaction/quotes'
import { clusterExit, stepFrom } from '@/lib/interaction/selection'
import type { Direction, TimelineLayout } from '@/lib/layout/layout-types'
import type { ZoomView } from '@/lib/layout/zoom'
import { drawingKey, orientationOf } from './drawing-keys'
import { markRef } from './paint'
import { useDrawingEvents } from './use-drawing-events'
import type { Orientation, Zoomable, Zoomers } from './use-zoom'
import type { ZoomController } from './zoom-controller'

export interface DrawingInput {
  ids: readonly string[]
  direction: Direction
  /** Selects an event, and with `focusIn` gives its mark in that drawing the focus once drawn. */
  select: (id: string, focusIn?: string) => void
  setOpenId: Dispatch<SetStateAction<string | undefined>>
  setHover: Dispatch<SetStateAction<string | undefined>>
  setPinned: Dispatch<SetStateAction<string | undefined>>
  /** Acts on the zoom of the drawing in `orientation` (loading it first if need be). */
  zoomShown: (action: (z: Zoomable) => void, orientation?: Orientation) => void
  ensure: (orientation?: Orientation) => Promise<Zoomers>
  zoomer: ZoomController | null
  view: ZoomView
  /** The drawings as the browser drew them, once it has. */
  layouts: { wide: TimelineLayout | undefined; tall: TimelineLayout | undefined }
  /** Set while the focus (or the last press) is in the timeline: the plain wheel then zooms. */
  focusedWithinRef: RefObject<boolean>
  noteFocus: (target: Element) => void
}

/**
 * What the reader's keys, clicks, pointer and focus do in the drawings, whoever drew the mark they
 * land on (the server, or the browser at a zoom): read from the event's target, decided by
 * lib/interaction, done through the viewer's state.
 */
export function useDrawingInput(root: RefObject<HTMLElement | null>, input: DrawingInput) {
  const { ids, direction, select, setOpenId, setHover, setPinned, zoomShown, ensure, zoomer, view, layouts, focusedWithinRef, noteFocus } = input
  useDrawingEvents(root, {
    keydown: (event) => {
      const key = drawingKey(event, direction)
      if (!key) return
      const { action, ref, cluster, orientation } = key
      switch (action.kind) {
        case 'zoom':
          return zoomShown((z) => z.zoomBy(action.factor), orientation)
        case 'fit':
          return zoomShown((z) => z.fit(), orientation)
        case 'escape':
          setPinned(undefined)
          return setOpenId(undefined)
        case 'step': {
          if (!ref) return
          const id = stepFrom(ids, cluster ? clusterExit(ids, ref, action.step) : ref.id, action.step)
          if (id !== undefined) select(id, orientation)
          return
        }
        case 'enter':
          if (!ref) return
          if (cluster) return select(ids[ref.order]!, orientation)
          select(ref.id)
          return setOpenId(ref.id)
      }
    },
    // A click follows the mark's link: the article scrolls to the section and the hash (so the selection) follows.
    // A cluster's link is the way in without JavaScript; with it, a click zooms in on the cluster instead.
    click: (event) => {
      const target = event.target as Element
      const quote = target.closest(QUOTE_SELECTOR)
      if (quote) {
        const id = quoteIdOf((name) => quote.getAttribute(name))
        if (id) setPinned((pinned) => togglePin(pinned, id))
        return
      }
      const mark = target.closest<HTMLElement>('[data-cluster-id]')
      const ref = mark ? markRef(mark) : undefined
      if (ref && orientationOf(mark!) === 'vertical') {
        // The tall drawing opens the cluster where it stands: the page scrolls it, so there is no view to pan.
        event.preventDefault()
        return void ensure('vertical').then((z) => z.tall?.open(ref.order, ref.order + ref.count - 1))
      }
      const cluster = mark && zoomer ? (layouts.wide ?? zoomer.layout(view)).clusters.find((c) => c.id === mark.dataset.clusterId) : undefined
      if (!cluster || !zoomer) return
      event.preventDefault()
      zoomer.show(cluster.zoomTo.x0 - 20 / view.k, cluster.zoomTo.x1 + 20 / view.k)
    },
    // On a move, not on pointerover: the browser also sends pointerover when the page scrolls under a still pointer
    // ("Show on the timeline" scrolls here), and the quote that lands under it must not take over from the one asked for.
    pointermove: (event) => {
      const quote = (event.target as Element).closest(QUOTE_SELECTOR)
      setHover(quote ? quoteIdOf((name) => quote.getAttribute(name)) : undefined)
    },
    pointerleave: () => setHover(undefined),
    focusin: (event) => {
      focusedWithinRef.current = true
      noteFocus(event.target as Element)
    },
    focusout: (event) => {
      focusedWithinRef.current = event.relatedTarget !== null && root.current?.contains(event.relatedTarget as Node) === true
    },
  })
}
