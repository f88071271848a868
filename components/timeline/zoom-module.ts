/** What the first zoom loads, in one chunk: d3-zoom with the layout code, and the wide drawing's renderer. */
export { createZoom, type ZoomController } from './zoom-controller'
export { mountWide, type WideDrawing } from './wide-drawing'
