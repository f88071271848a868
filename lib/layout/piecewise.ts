import { partitionPoint } from './search'

/** A time scale as the layout uses it: UTC ms (or a Date) to px. */
export type TimeScale = (t: Date | number) => number

/**
 * A piecewise-linear map from ascending `domain` to `range`, as d3-scale's
 * polylinear scales compute it (between neighbouring stops, extrapolating past
 * the ends unless clamped). Written out because the browser recomputes layout
 * on every zoom frame, and d3-scale's time scale brings its tick formatting
 * (d3-time-format, d3-interpolate, d3-color) into that bundle for one line of
 * arithmetic; ticks themselves still come from d3-time.
 */
export function piecewiseScale(domain: readonly number[], range: readonly number[], clamp = false): TimeScale {
  const n = Math.min(domain.length, range.length)
  if (n < 2) return () => range[0] ?? 0
  const lo = domain[0]!
  const hi = domain[n - 1]!
  return (value) => {
    let t = typeof value === 'number' ? value : value.getTime()
    if (clamp) t = Math.min(Math.max(t, lo), hi)
    // The piece [j, j + 1] holding t: the last stop at or before it, within the inner stops.
    const j = partitionPoint(n - 2, (i) => domain[i + 1]! <= t)
    const d0 = domain[j]!
    const d1 = domain[j + 1]!
    const share = d1 === d0 ? 0.5 : (t - d0) / (d1 - d0)
    return range[j]! + share * (range[j + 1]! - range[j]!)
  }
}
