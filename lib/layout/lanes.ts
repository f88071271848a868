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

/** An item that may stand at any of several horizontal positions, in order of preference. */
export interface Placeable {
  candidates: readonly Extent[]
  /** How many leading candidates are "near" (beside the anchor); the rest are moves aside. Default: all. */
  near?: number
}

/**
 * Places each item in the lowest lane where one of its candidate extents fits,
 * preferring earlier candidates within a lane. A near candidate within the
 * first `nearLanes` lanes wins over any move aside, so boxes stay by their
 * marks until stacking them would grow too tall. Items are placed in input
 * order (callers pass them in time order). Each lane keeps its extents sorted,
 * so a fit is found by binary search. Returns the lane and candidate chosen per item.
 */
export function placeInLanes(items: readonly Placeable[], gap = 0, nearLanes = Infinity): { lane: number; choice: number }[] {
  const lanes: Extent[][] = []
  const fits = (lane: Extent[], e: Extent) => {
    // First extent whose end reaches past e.x0 - gap; it alone can collide from the left side.
    let lo = 0
    let hi = lane.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (lane[mid]!.x1 + gap <= e.x0) lo = mid + 1
      else hi = mid
    }
    const next = lane[lo]
    return !next || next.x0 >= e.x1 + gap
  }
  const insert = (lane: Extent[], e: Extent) => {
    let lo = 0
    let hi = lane.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (lane[mid]!.x0 < e.x0) lo = mid + 1
      else hi = mid
    }
    lane.splice(lo, 0, e)
  }
  return items.map((item) => {
    const near = item.near ?? item.candidates.length
    for (let l = 0; l < nearLanes; l++) {
      const lane = (lanes[l] ??= [])
      const choice = item.candidates.slice(0, near).findIndex((c) => fits(lane, c))
      if (choice !== -1) {
        insert(lane, item.candidates[choice]!)
        return { lane: l, choice }
      }
    }
    for (let l = 0; ; l++) {
      const lane = (lanes[l] ??= [])
      const choice = item.candidates.findIndex((c) => fits(lane, c))
      if (choice !== -1) {
        insert(lane, item.candidates[choice]!)
        return { lane: l, choice }
      }
    }
  })
}
