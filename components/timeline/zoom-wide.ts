/** What the wide drawing's first zoom loads, in one chunk: d3-zoom with the horizontal layout, and the drawings' renderer. */
export { createZoom } from './zoom-controller'
export { holdTouches } from './held-touches'
export { mountDrawing } from './drawing-root'
