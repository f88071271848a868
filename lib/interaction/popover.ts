/** A callout's box in its drawing's units. */
export interface CalloutBox {
  x: number
  y: number
  width: number
}

/** The narrowest an opened quote is drawn, in drawing units. */
const POPOVER_MIN_WIDTH = 300

/**
 * Where a callout opened up stands, in percentages of its drawing (so it sits on its callout at any
 * rendered width): at least as wide as the callout, opening towards the side with room, from the
 * callout's reading-start edge (its left, or right to left its right), else back from the other one.
 */
export function popoverPlacement(box: CalloutBox, drawing: { width: number; height: number }, rtl: boolean): { left: number; top: number; width: number } {
  const popWidth = Math.max(box.width, POPOVER_MIN_WIDTH)
  const fromLeft = box.x
  const fromRight = box.x + box.width - popWidth
  const x = rtl ? (fromRight >= 0 ? fromRight : Math.min(fromLeft, drawing.width - popWidth)) : fromLeft + popWidth <= drawing.width ? fromLeft : Math.max(0, fromRight)
  return { left: (x / drawing.width) * 100, top: (box.y / drawing.height) * 100, width: (popWidth / drawing.width) * 100 }
}
