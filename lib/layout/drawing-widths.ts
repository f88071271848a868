/**
 * The drawings' widths in viewBox units, the same for the story page and the
 * widget (CSS scales each to its column). The wide drawing is never shown
 * narrower than 720 px (styles/globals.css, .tl-horizontal .tl-canvas): three
 * quarters of its size, about as small as its labels can be drawn and still
 * be read. It is shown from 768 px screens up, where its column is 728 px, so
 * it fits without scrolling sideways.
 */
export const DRAWING_WIDTHS = { horizontal: 960, vertical: 380 } as const
