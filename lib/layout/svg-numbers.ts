/** Numbers written into SVG, to a tenth of a pixel: smaller HTML, and snapshots that do not move with float noise. */
export function round(n: number): number {
  return Math.round(n * 10) / 10
}

/** A polyline's `points` attribute. */
export function points(list: readonly (readonly [number, number])[]): string {
  return list.map(([x, y]) => `${round(x)},${round(y)}`).join(' ')
}
