// A zoom of the tall drawing stretches it down from the top of its axis: where a point of the unzoomed drawing
// stands at zoom k, and back. Its own module, so that a zoom whose views the server lays out needs no layout code.

/** Where the position `y` of the unzoomed drawing stands at zoom k, the axis starting at `axisTop`. */
export function zoomedY(axisTop: number, y: number, k: number): number {
  return axisTop + (y - axisTop) * k
}

/** The position on the unzoomed drawing of `y` at zoom k. */
export function unzoomedY(axisTop: number, y: number, k: number): number {
  return axisTop + (y - axisTop) / k
}
