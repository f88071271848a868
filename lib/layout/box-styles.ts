/**
 * Sizes of the label and callout boxes, px: the layout measures text with
 * them and the SVG components draw with them. Kept apart from the layout code
 * so that drawing a mark does not bring the layout into the browser's first
 * bundle (it loads with zoom, on first use).
 */
export const LABEL = { dateSize: 11, titleSize: 13.5, lineHeight: 17, padX: 8, padY: 7, maxWidth: 210, minWidth: 90, gap: 10 }
export const CALLOUT = { textSize: 13, lineHeight: 17, bySize: 11, padX: 10, padY: 8, maxWidth: 250, gap: 12 }

