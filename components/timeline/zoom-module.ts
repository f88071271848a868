/** What the first zoom loads, in one chunk: d3-zoom with the layout code, the tall drawing's zoom, and the drawings' renderer. */
export { createZoom, type ZoomController } from './zoom-controller'
export { createTallZoom, type TallZoom } from './tall-zoom'
export { holdTouches, type HeldTouches } from './held-touches'
export { mountDrawing, type ClientDrawing } from './drawing-root'
