import { useLayoutEffect, useRef, type RefObject } from 'react'
import { paintDrawing, paintStrip, type PaintState } from './paint'

/**
 * Paints the state on the static drawings after each render (before the browser paints): each until
 * it is handed over to the browser's renderer (`drawnHere`, by orientation).
 * `drawn` changes when static markup first appears (the widget that drew its own).
 */
export function usePaint(root: RefObject<HTMLElement | null>, state: PaintState & { stripShown: boolean }, drawnHere: { horizontal: boolean; vertical: boolean }, drawn: number) {
  const before = useRef(new Map<Element, PaintState>())
  const { selectedId, selectedOrder, currentId, dimmed, expandedQuoteId, stripShown } = state
  const { horizontal, vertical } = drawnHere
  useLayoutEffect(() => {
    const box = root.current?.querySelector('.tl-drawings')
    if (!box) return
    const now: PaintState = { selectedId, selectedOrder, currentId, dimmed, expandedQuoteId }
    for (const drawing of box.querySelectorAll('[data-orientation]')) {
      const orientation = drawing.getAttribute('data-orientation')
      if ((orientation === 'horizontal' && horizontal) || (orientation === 'vertical' && vertical)) continue
      paintDrawing(drawing, now, before.current.get(drawing))
      before.current.set(drawing, now)
    }
    const strip = box.querySelector('.tl-strip')
    if (strip) paintStrip(strip, stripShown, currentId)
  }, [root, selectedId, selectedOrder, currentId, dimmed, expandedQuoteId, stripShown, horizontal, vertical, drawn])
}
