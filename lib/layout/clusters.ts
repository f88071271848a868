import type { Box } from './layout-types'

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

/** The rules both drawings cluster by, px along their axis (at the widest runs are this, at most 64 times over). */
export const CLUSTER: ClusterOptions = { span: 26, reach: 70, crowd: 7 }

/**
 * The pill a cluster draws over the stretch of axis its events stand on (`from`..`to`), at least
 * 14 px long, centred on its label's leader (`at`) when shorter; `across` is where the axis stands.
 */
export function clusterPill(from: number, to: number, at: number, across: number, orientation: 'horizontal' | 'vertical'): Box {
  const length = Math.max(to - from, 14)
  const start = to - from < 14 ? Math.min(from, at - 7) : from
  return orientation === 'horizontal' ? { x: start, y: across - 7, width: length, height: 14 } : { x: across - 7, y: start, width: 14, height: length }
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
