/** A horizontal extent to place in a lane. */
export interface Extent {
  x0: number
  x1: number
}

/**
 * Packs extents into lanes so that no two in the same lane come closer than
 * `gap`. Greedy first-fit in order of x0, which is optimal for interval graphs
 * (it uses as many lanes as the deepest overlap). Returns a lane per input, in
 * input order.
 */
export function packLanes(extents: readonly Extent[], gap = 0): number[] {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.x0 - extents[b]!.x0 || a - b)
  const laneEnds: number[] = []
  const lanes = new Array<number>(extents.length)
  for (const i of order) {
    const e = extents[i]!
    let lane = laneEnds.findIndex((end) => end + gap <= e.x0)
    if (lane === -1) {
      lane = laneEnds.length
      laneEnds.push(e.x1)
    } else laneEnds[lane] = e.x1
    lanes[i] = lane
  }
  return lanes
}
