/** What the tall drawing's first zoom loads in a widget the Node server serves, in one chunk: its pinch and buttons, no layout (served-zoom.ts). */
export { createTallGestures } from '../timeline/tall-gestures'
export { holdTouches } from '../timeline/held-touches'
