import type { TimeSpan } from '../time/types'

/** Time order, as every list of a story is kept: earliest start, then earliest end; `index` (source order) breaks ties. */
export const byTime = <T extends { span: TimeSpan; index: number }>(a: T, b: T) => a.span.min - b.span.min || a.span.max - b.span.max || a.index - b.index

/** Earliest and latest millisecond of the spans given, or null when there are none. */
export function extentOf(spans: readonly TimeSpan[]): { min: number; max: number } | null {
  if (spans.length === 0) return null
  let min = Infinity
  let max = -Infinity
  for (const s of spans) {
    if (s.min < min) min = s.min
    if (s.max > max) max = s.max
  }
  return { min, max }
}
