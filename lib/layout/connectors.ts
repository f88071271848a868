import type { CalloutLayout, EventLayout, Point } from './layout-types'
import type { Extent } from './lanes'

/**
 * Where a label or callout box may stand beside its mark, and the elbowed lines that join them: the
 * geometry the horizontal layout places boxes with (timeline-layout.ts), free of any one layout's state.
 */

/** Adds a position unless already there, as a Set keeps numbers: first occurrence kept, NaN equals NaN, -0 stored as 0. */
function addPosition(xs: number[], x0: number): void {
  for (const x of xs) if (x === x0 || (x !== x && x0 !== x0)) return
  xs.push(x0 === 0 ? 0 : x0)
}

/**
 * Where a box hung from `anchor` may stand, in order of preference: starting at
 * the anchor, ending at it, centred on it. Each is kept inside the drawing, and
 * each still covers the anchor so its leader line meets the box.
 */
export function boxCandidates(anchor: number, width: number, left: number, right: number, gap: number, shifts: number): { candidates: Extent[]; near: number } {
  const xs: number[] = []
  addPosition(xs, Math.min(Math.max(anchor - 6, left), right - width))
  addPosition(xs, Math.min(Math.max(anchor + 6 - width, left), right - width))
  addPosition(xs, Math.min(Math.max(anchor - width / 2, left), right - width))
  const near = xs.length
  // Further out, a box may stand a whole box-width or more to either side, joined by an elbowed line.
  const count = Math.max(Math.trunc(shifts) || 0, 0)
  if (count > 2 ** 32 - 1) throw new RangeError('Invalid array length')
  for (let k = 0; k < count; k++) {
    addPosition(xs, Math.min(Math.max(anchor + 6 - width - (k + 1) * (width + gap), left), right - width))
    addPosition(xs, Math.min(Math.max(anchor - 6 + (k + 1) * (width + gap), left), right - width))
  }
  const candidates: Extent[] = []
  for (const x0 of xs) candidates.push({ x0, x1: x0 + width })
  return { candidates, near }
}

/**
 * A line from a mark at (x, from) to a box edge at height `to`: straight when the
 * box is above or below the mark, otherwise down (or up) to just short of the
 * box, then across to it.
 */
export function elbow(x: number, from: number, to: number, box: { x: number; width: number }, turn: number): Point[] {
  const attach = elbowAttach(x, box)
  if (attach === undefined) return [[x, from], [x, to]]
  return [[x, from], [x, turn], [attach, turn], [attach, to]]
}

/** Where a line from a mark at x meets its box after turning across, or undefined when it drops straight in. */
function elbowAttach(x: number, box: { x: number; width: number }): number | undefined {
  if (x >= box.x + 4 && x <= box.x + box.width - 4) return undefined
  return Math.min(Math.max(x, box.x + 10), box.x + box.width - 10)
}

/**
 * How far above its box each callout's connector turns across (px), so that
 * connectors running sideways in the same gap do not lie on one line: within
 * a lane, the one with the longest run across turns highest, the next 3 px
 * lower, and so on (three heights, within the 12 px between lanes). A
 * connector that drops straight into its box keeps the first height.
 */
export function connectorTurns(items: readonly { anchor: number; x: number; width: number; lane: number }[]): number[] {
  const turns = items.map(() => 4)
  // The run across, as elbow() draws it: none when the mark stands over the box.
  const across = (i: number) => {
    const { anchor } = items[i]!
    const attach = elbowAttach(anchor, items[i]!)
    return attach === undefined ? 0 : Math.abs(anchor - attach)
  }
  const byLane = new Map<number, number[]>()
  items.forEach((item, i) => {
    if (across(i) > 0) (byLane.get(item.lane) ?? byLane.set(item.lane, []).get(item.lane)!).push(i)
  })
  for (const members of byLane.values()) {
    members.sort((a, b) => across(b) - across(a) || a - b)
    members.forEach((i, k) => (turns[i] = 4 + 3 * (2 - (k % 3))))
  }
  return turns
}

/** Math.max over a list, folded: spreading a long list as arguments runs out of stack. */

/**
 * Where lines cross the band of tick labels under the axis: each quote's connector on its way down, and
 * the dashed ring of an approximate or uncertain date, which a label right under it would seem to firm up.
 */
export function crossings(events: readonly EventLayout[], callouts: readonly CalloutLayout[]): number[] {
  const xs: number[] = []
  for (const c of callouts) if (c.connector.length > 0) xs.push(c.connector[0]![0])
  for (const e of events) if (e.point && (e.approximate || e.uncertain)) xs.push(e.point.cx)
  return xs
}
