// components/embed/served-zoom.ts still imports the type from here; it lives in viewer-zoom.ts.
export type { Orientation } from './viewer-zoom'
