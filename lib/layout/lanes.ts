import { partitionPoint } from './search'

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
  const lanes = new Array<number>(extents.length)
  if (!Number.isFinite(gap) || !extents.every((e) => Number.isFinite(e.x0) && Number.isFinite(e.x1))) {
    // Heaps need numbers that compare; anything else takes the plain scan.
    const laneEnds: number[] = []
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
  // The lowest lane whose end (plus gap) has passed x0. Extents come in order of x0, so a lane once
  // passed stays free until it is used: busy lanes wait in a heap by end, free ones in a heap by index.
  // Same lanes as scanning every lane's end each time, in O(n log n) instead of O(n × lanes).
  const ends: number[] = []
  const busy = new MinHeap((a, b) => ends[a]! < ends[b]! || (ends[a] === ends[b] && a < b))
  const free = new MinHeap((a, b) => a < b)
  for (const i of order) {
    const e = extents[i]!
    while (busy.size > 0 && ends[busy.peek()]! + gap <= e.x0) free.push(busy.pop())
    let lane: number
    if (free.size > 0) lane = free.pop()
    else lane = ends.length
    ends[lane] = e.x1
    busy.push(lane)
    lanes[i] = lane
  }
  return lanes
}

/** A binary heap of lane numbers. */
class MinHeap {
  private items: number[] = []
  constructor(private readonly before: (a: number, b: number) => boolean) {}
  get size(): number {
    return this.items.length
  }
  peek(): number {
    return this.items[0]!
  }
  push(v: number): void {
    const a = this.items
    let i = a.length
    a.push(v)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(v, a[parent]!)) break
      a[i] = a[parent]!
      i = parent
    }
    a[i] = v
  }
  pop(): number {
    const a = this.items
    const top = a[0]!
    const last = a.pop()!
    if (a.length > 0) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= a.length) break
        const r = l + 1
        const child = r < a.length && this.before(a[r]!, a[l]!) ? r : l
        if (!this.before(a[child]!, last)) break
        a[i] = a[child]!
        i = child
      }
      a[i] = last
    }
    return top
  }
}

/** An item that may stand at any of several horizontal positions, in order of preference. */
export interface Placeable {
  candidates: readonly Extent[]
  /** How many leading candidates are "near" (beside the anchor); the rest are moves aside. Default: all. */
  near?: number
}

/** Whether `e` fits in `lane` (sorted, no two closer than `gap`) without coming closer than `gap` to any extent in it. */
function fits(lane: readonly Extent[], e: Extent, gap: number): boolean {
  // First extent whose end reaches past e.x0 - gap; it alone can collide from the left side.
  const next = lane[partitionPoint(lane.length, (i) => lane[i]!.x1 + gap <= e.x0)]
  return !next || next.x0 >= e.x1 + gap
}

/** Where in a sorted lane `e` goes. */
function insertionPoint(lane: readonly Extent[], e: Extent): number {
  return partitionPoint(lane.length, (i) => lane[i]!.x0 < e.x0)
}

/** A segment tree over `count` leaves keeping the least (or greatest) value below each node. */
class ExtremumTree {
  readonly size: number
  readonly values: Float64Array

  constructor(
    count: number,
    private readonly least: boolean,
  ) {
    let size = 1
    while (size < count) size *= 2
    this.size = size
    this.values = new Float64Array(2 * size).fill(least ? Infinity : -Infinity)
  }

  set(leaf: number, value: number): void {
    const v = this.values
    let node = leaf + this.size
    v[node] = value
    for (node >>= 1; node >= 1; node >>= 1) {
      const a = v[2 * node]!
      const b = v[2 * node + 1]!
      v[node] = this.least ? (a < b ? a : b) : a > b ? a : b
    }
  }

  /** The first leaf whose value is at most (least) or at least (greatest) `bound`, or -1. */
  first(bound: number): number {
    const v = this.values
    if (this.least ? !(v[1]! <= bound) : !(v[1]! >= bound)) return -1
    let node = 1
    if (this.least) while (node < this.size) node = v[2 * node]! <= bound ? 2 * node : 2 * node + 1
    else while (node < this.size) node = v[2 * node]! >= bound ? 2 * node : 2 * node + 1
    return node - this.size
  }
}

/**
 * Answers "which is the lowest lane where this extent fits?" without looking
 * into every lane. An extent fits in a lane exactly when it fits after the
 * lane's last extent, before its first, or in a hole between two of them, so
 * three indexes suffice: each lane's last end plus the gap (least first),
 * each lane's first start (greatest first), and the holes. A hole is named
 * after the extent on its right, and every extent that can ever be placed is
 * a candidate known in advance, so holes live in a fixed tree ordered by where
 * they end; a search keeps to the holes that end late enough and, within them,
 * to subtrees holding a hole that starts early enough in a lane lower than the
 * best found so far.
 *
 * The comparisons are the very ones `fits` makes, so the answers are the same;
 * that holds while extents are non-empty and the gap is not negative, which
 * keeps each lane sorted and disjoint.
 */
class LaneIndex {
  readonly lanes: Extent[][] = []
  /** slots[lane][i]: the hole slot of lanes[lane][i]. */
  private readonly slots: number[][] = []
  private readonly lastEnd: ExtremumTree
  private readonly firstStart: ExtremumTree
  /** Every candidate's x0, ascending: where the hole left of it would end. */
  private readonly holeEnd: Float64Array
  /** Per hole slot (a tree over them): the hole's start (left extent's end plus gap) and its lane; +∞ when no hole. */
  private readonly holeStart: ExtremumTree
  private readonly holeLane: ExtremumTree
  private readonly stack: Int32Array

  constructor(
    /** Every candidate's x0, ascending; a hole's slot is the rank of the extent on its right. */
    candidateStarts: Float64Array,
    lanesAtMost: number,
    private readonly gap: number,
  ) {
    this.holeEnd = candidateStarts
    this.lastEnd = new ExtremumTree(lanesAtMost, true)
    this.firstStart = new ExtremumTree(lanesAtMost, false)
    this.holeStart = new ExtremumTree(candidateStarts.length, true)
    this.holeLane = new ExtremumTree(candidateStarts.length, true)
    // A depth-first walk keeps at most one pending sibling per level, two numbers each.
    this.stack = new Int32Array(2 * (Math.log2(this.holeStart.size) + 2))
  }

  /** The lowest lane where `e` fits: an open one, or the first lane not yet opened. */
  lowest(e: Extent): number {
    const limit = e.x1 + this.gap
    let best = this.lanes.length
    // After a lane's last extent, or before its first.
    const after = this.lastEnd.first(e.x0)
    if (after !== -1 && after < best) best = after
    const before = this.firstStart.first(limit)
    if (before !== -1 && before < best) best = before
    // In a hole: among slots whose hole ends at or after `limit`, one that starts at or before x0.
    const ends = this.holeEnd
    const from = partitionPoint(ends.length, (i) => ends[i]! < limit)
    const size = this.holeStart.size
    const starts = this.holeStart.values
    const lanes = this.holeLane.values
    const stack = this.stack
    // Depth-first over (node, first leaf under it), pruning what cannot beat `best`.
    let top = 0
    stack[top++] = 1
    stack[top++] = 0
    while (top > 0) {
      const first = stack[--top]!
      const node = stack[--top]!
      const width = size >> (31 - Math.clz32(node))
      if (first + width <= from || starts[node]! > e.x0 || lanes[node]! >= best) continue
      if (node >= size) {
        best = lanes[node]!
        continue
      }
      const half = width >> 1
      stack[top++] = 2 * node + 1
      stack[top++] = first + half
      stack[top++] = 2 * node
      stack[top++] = first
    }
    return best
  }

  add(laneIndex: number, e: Extent, slot: number): void {
    const lane = (this.lanes[laneIndex] ??= [])
    const slots = (this.slots[laneIndex] ??= [])
    const at = insertionPoint(lane, e)
    const prev = lane[at - 1]
    const next = lane[at]
    const nextSlot = slots[at]
    lane.splice(at, 0, e)
    slots.splice(at, 0, slot)
    if (prev) this.setHole(slot, prev.x1 + this.gap, laneIndex)
    else this.firstStart.set(laneIndex, e.x0)
    if (next) this.setHole(nextSlot!, e.x1 + this.gap, laneIndex)
    else this.lastEnd.set(laneIndex, e.x1 + this.gap)
  }

  private setHole(slot: number, start: number, lane: number): void {
    this.holeStart.set(slot, start)
    this.holeLane.set(slot, lane)
  }
}

/**
 * Places each item in the lowest lane where one of its candidate extents fits,
 * preferring earlier candidates within a lane. A near candidate within the
 * first `nearLanes` lanes wins over any move aside, so boxes stay by their
 * marks until stacking them would grow too tall. Items are placed in input
 * order (callers pass them in time order). Returns the lane and candidate chosen per item.
 */
export function placeInLanes(items: readonly Placeable[], gap = 0, nearLanes = Infinity): { lane: number; choice: number }[] {
  if (!(gap >= 0 && Number.isFinite(gap))) return placeByScanning(items, gap, nearLanes)
  // Hole slots: every candidate, in order of x0 (equal ones in any order).
  const firstSlot = new Int32Array(items.length)
  let count = 0
  for (let i = 0; i < items.length; i++) {
    firstSlot[i] = count
    for (const c of items[i]!.candidates) {
      if (!(Number.isFinite(c.x0) && Number.isFinite(c.x1) && c.x0 < c.x1)) return placeByScanning(items, gap, nearLanes)
      count++
    }
  }
  const starts = new Float64Array(count)
  for (let i = 0, k = 0; i < items.length; i++) for (const c of items[i]!.candidates) starts[k++] = c.x0
  starts.sort()
  const slotOf = new Int32Array(count)
  const taken = new Int32Array(count)
  for (let i = 0, k = 0; i < items.length; i++) {
    for (const c of items[i]!.candidates) {
      const lo = partitionPoint(count, (i) => starts[i]! < c.x0)
      slotOf[k++] = lo + taken[lo]!++
    }
  }
  const index = new LaneIndex(starts, items.length, gap)
  const lowest: number[] = []
  return items.map((item, itemIndex) => {
    const n = item.candidates.length
    if (n === 0) throw new Error('placeInLanes: an item needs at least one candidate')
    const near = nearCount(item)
    // The first lane where any near candidate fits, if it is low enough; else the first where any candidate does.
    let lane = Infinity
    for (let i = 0; i < near; i++) lane = Math.min(lane, (lowest[i] = index.lowest(item.candidates[i]!)))
    const byNear = lane < nearLanes
    if (!byNear) for (let i = near; i < n; i++) lane = Math.min(lane, (lowest[i] = index.lowest(item.candidates[i]!)))
    // Then, in that lane, the first candidate that fits there (near ones only, when a near one won).
    const last = (byNear ? near : n) - 1
    let choice = 0
    while (choice < last && lowest[choice] !== lane) choice++
    index.add(lane, item.candidates[choice]!, slotOf[firstSlot[itemIndex]! + choice]!)
    return { lane, choice }
  })
}

/** How many of an item's leading candidates are near: as many as `candidates.slice(0, near)` would keep. */
function nearCount(item: Placeable): number {
  const n = item.candidates.length
  const k = Math.trunc(item.near ?? n) || 0
  return k < 0 ? Math.max(n + k, 0) : Math.min(k, n)
}

/** placeInLanes lane by lane, for extents the index cannot take (empty or not finite, or a negative gap). */
function placeByScanning(items: readonly Placeable[], gap: number, nearLanes: number): { lane: number; choice: number }[] {
  const lanes: Extent[][] = []
  const insert = (lane: Extent[], e: Extent) => lane.splice(insertionPoint(lane, e), 0, e)
  return items.map((item) => {
    const near = nearCount(item)
    // With no near candidate there is no lane to prefer: an item goes where any candidate fits.
    for (let l = 0; near > 0 && l < nearLanes; l++) {
      const lane = (lanes[l] ??= [])
      const choice = item.candidates.slice(0, near).findIndex((c) => fits(lane, c, gap))
      if (choice !== -1) {
        insert(lane, item.candidates[choice]!)
        return { lane: l, choice }
      }
    }
    for (let l = 0; ; l++) {
      const lane = (lanes[l] ??= [])
      const choice = item.candidates.findIndex((c) => fits(lane, c, gap))
      if (choice !== -1) {
        insert(lane, item.candidates[choice]!)
        return { lane: l, choice }
      }
    }
  })
}
