/**
 * Binary search over a sorted range: the first index in [0, length) for which
 * `before(i)` is false, given that it is true for a prefix and false after.
 * Every "where does this go" question of the layout (lanes, holes, visible
 * quotes, scale pieces) is this one search with its own test.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
