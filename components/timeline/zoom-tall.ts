/**
 * What the tall drawing's first zoom loads (a phone), in one chunk: its zoom with the vertical layout, and the drawings'
 * renderer. No d3-zoom: the page scrolls the tall drawing, and its pinch is its own (tall-zoom.ts).
 */
export { createTallZoom } from './tall-zoom'
export { holdTouches } from './held-touches'
export { mountDrawing } from './drawing-root'
