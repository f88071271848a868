import type { TimeSpan } from '../time/types'

export interface SparkMark {
  /** Where the event starts, from 0 to the width. */
  x: number
  /** Where a span ends (months, years, intervals wider than a pixel); absent for a moment. */
  x1?: number
  importance: 1 | 2 | 3
}

/**
 * A story's events on a line `width` units long, linear in time from its first moment to its last:
 * the small timeline of its social card (and of an index card). Bunches stay bunched; that is the
 * shape of the story. Events in the order given.
 */
export function sparkMarks(events: readonly { span: TimeSpan; importance: 1 | 2 | 3 }[], width: number): SparkMark[] {
  if (events.length === 0) return []
  if (events.length === 1) return [{ x: width / 2, importance: events[0]!.importance }]
  let min = Infinity
  let max = -Infinity
  for (const e of events) {
    min = Math.min(min, e.span.min)
    max = Math.max(max, e.span.max)
  }
  // Two moments at the same instant have no stretch between them: they stand together at the start.
  const range = max - min || 1
  const scale = (t: number) => ((t - min) / range) * width
  return events.map((e) => {
    const x = scale(e.span.min)
    const x1 = scale(e.span.max)
    return x1 - x > 1 && !isMoment(e.span) ? { x, x1, importance: e.importance } : { x, importance: e.importance }
  })
}

function isMoment(span: TimeSpan): boolean {
  return !span.interval && span.start.kind === 'date' && (span.start.date.precision === 'day' || span.start.date.precision === 'time')
}

/** The same marks with time running right to left, for a drawing in a right-to-left language: a span keeps its length. */
export function mirrorSparkMarks(marks: readonly SparkMark[], width: number): SparkMark[] {
  return marks.map((m) => (m.x1 === undefined ? { ...m, x: width - m.x } : { ...m, x: width - m.x1, x1: width - m.x }))
}
