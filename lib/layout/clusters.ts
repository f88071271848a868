/**
 * Which marks stand alone and which merge into a cluster, from their anchors
 * on the axis (px, in time order, so never decreasing). A run of marks merges
 * only where the neighbourhood is too crowded for its labels: more than
 * `crowd` anchors within `reach` px of the run. Elsewhere every mark stands
 * alone, so a sparse stretch of a dense story keeps its titles.
 *
 * Runs are cut greedily: a run is every anchor within `span` px of its first
 * one, so consecutive runs start more than `span` apart and no window of
 * `reach` px holds more than reach / span + 1 of them.
 */
export interface ClusterOptions {
  /** Width of a run, px. */
  span: number
  /** How far around a run to count neighbours, px. */
  reach: number
  /** Most anchors a neighbourhood may hold before its runs merge. */
  crowd: number
}

/** Groups as [first, last] indices (inclusive) into `anchors`, in order; singletons are [i, i]. */
export function clusterRuns(anchors: ArrayLike<number>, { span, reach, crowd }: ClusterOptions): [number, number][] {
  const n = anchors.length
  const runs: [number, number][] = []
  // Two pointers bound each run's neighbourhood: [lo, hi) are the anchors within reach of it.
  let lo = 0
  let hi = 0
  let i = 0
  while (i < n) {
    let last = i
    while (last + 1 < n && anchors[last + 1]! - anchors[i]! <= span) last++
    while (lo < i && anchors[lo]! < anchors[i]! - reach) lo++
    if (hi < last + 1) hi = last + 1
    while (hi < n && anchors[hi]! <= anchors[last]! + reach) hi++
    if (last > i && hi - lo > crowd) runs.push([i, last])
    else for (let j = i; j <= last; j++) runs.push([j, j])
    i = last + 1
  }
  return runs
}
