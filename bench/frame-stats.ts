/** Frame times from requestAnimationFrame timestamps: percentiles, repeated stamps, frames that missed a vsync. */
import { percentile } from './measure'

export interface FrameStats {
  p50: number
  p95: number
  max: number
  frames: number
  /** Callbacks that carried the timestamp of the frame before them. */
  repeats: number
  /** Frames that took more than one vsync interval (only when the interval is known). */
  missed: number
  /** p95 of the gaps as measured, before snapping to the vsync grid. */
  rawP95: number
}

/**
 * Frame times are the gaps between successive rAF timestamps. A timestamp
 * seen twice is one frame, not a 0 ms one that would pull the percentiles
 * down: it is merged and counted, and the count is printed.
 *
 * Given the display's vsync interval, each gap is snapped to the whole number
 * of intervals it spans: Chromium stamps every frame with its vsync time, but
 * coarsened to 0.1 ms, so a frame on time reads 16.6, 16.7 or 16.8 ms, and
 * the raw p95 of a page that never misses a frame reads 16.8 ms, over a
 * 16.7 ms budget it meets. Snapped, an on-time frame is one interval and a
 * frame that missed one vsync is two; the raw p95 is kept and printed.
 */
export function frameStats(timestamps: readonly number[], interval?: number): FrameStats {
  const gaps: number[] = []
  let repeats = 0
  for (let i = 1; i < timestamps.length; i++) {
    const gap = timestamps[i]! - timestamps[i - 1]!
    if (gap > 0) gaps.push(gap)
    else repeats++
  }
  const raw = [...gaps].sort((a, b) => a - b)
  const snapped = interval ? gaps.map((g) => Math.max(1, Math.round(g / interval)) * interval).sort((a, b) => a - b) : raw
  const missed = interval ? snapped.filter((g) => g > interval * 1.5).length : 0
  return { p50: percentile(snapped, 50), p95: percentile(snapped, 95), max: raw[raw.length - 1] ?? NaN, frames: gaps.length, repeats, missed, rawP95: percentile(raw, 95) }
}

/**
 * The vsync interval, from a second of idle frames: their mean gap, leaving
 * out any gap of more than one and a half frames (a hiccup is not the display's rate).
 */
export function vsyncInterval(timestamps: readonly number[]): number {
  const gaps = timestamps.slice(1).map((t, i) => t - timestamps[i]!).filter((g) => g > 0)
  const median = percentile([...gaps].sort((a, b) => a - b), 50)
  const steady = gaps.filter((g) => g < median * 1.5)
  return steady.reduce((a, b) => a + b, 0) / steady.length
}
