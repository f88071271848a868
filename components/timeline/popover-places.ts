import { popoverPlacement } from '@/lib/interaction/popover'

/** Where a quote's opened callout goes in one drawing: the drawing's canvas, and its place there in percentages. */
export interface PopoverPlace {
  canvas: Element
  orientation: string
  place: { left: number; top: number; width: number }
}

/**
 * Each drawing under `root` that shows the callout of quote `quoteId`, with where its opened
 * callout stands (lib/interaction/popover.ts), read from the callout as drawn.
 */
export function popoverPlaces(root: Element, quoteId: string): PopoverPlace[] {
  const places: PopoverPlace[] = []
  for (const drawing of root.querySelectorAll<HTMLElement>('.tl-drawings [data-orientation]')) {
    const canvas = drawing.querySelector('.tl-canvas')
    const svg = drawing.querySelector('svg')
    const callout = drawing.querySelector<SVGGElement>(`[data-quote-id="${CSS.escape(quoteId)}"] [data-box="callout"]`)
    const rect = callout?.querySelector('rect')
    if (!canvas || !svg || !callout || !rect) continue
    const at = callout.transform.baseVal.consolidate()?.matrix
    const place = popoverPlacement({ x: at?.e ?? 0, y: at?.f ?? 0, width: rect.width.baseVal.value }, { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height }, drawing.getAttribute('dir') === 'rtl')
    places.push({ canvas, orientation: drawing.getAttribute('data-orientation') ?? '', place })
  }
  return places
}
