/** What the wide drawing's first zoom loads in a widget the Node server serves, in one chunk: d3-zoom's gestures, no layout (served-zoom.ts). */
export { createWideZoom } from '../timeline/wide-zoom'
export { holdTouches } from '../timeline/held-touches'
