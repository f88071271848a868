/** What either drawing's zoom does for the buttons and keys, whichever drawing the screen shows. */
export interface DrawingZoom {
  /** Deepest zoom worth offering. */
  maxZoom: number
  zoomBy(factor: number): void
  /** Back to zoom 1: the whole story. */
  fit(): void
  destroy(): void
}
