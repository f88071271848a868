import { utcDay, utcHour, utcMinute, utcMonth, utcTicks, utcYear } from 'd3-time'
import { textWidth } from './text-width'
import type { Segment } from './time-axis'

export type TickLevel = 'year' | 'month' | 'day' | 'hour' | 'minute'

export interface Tick {
  t: number
  x: number
  level: TickLevel
  label: string
  /** Ticks that also name the larger unit (the year on a month axis). */
  major: boolean
}

/** The coarsest calendar unit every tick sits on: what the labels have to name. */
export function tickLevel(ticks: readonly Date[]): TickLevel {
  const on = (interval: { floor(d: Date): Date }) => ticks.every((d) => +interval.floor(d) === +d)
  if (on(utcYear)) return 'year'
  if (on(utcMonth)) return 'month'
  if (on(utcDay)) return 'day'
  if (on(utcHour)) return 'hour'
  if (on(utcMinute)) return 'minute'
  return 'minute'
}

// A long vertical axis has thousands of ticks but only a handful of label styles: build each formatter once.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatTick(d: Date, locale: string, key: string, options: Intl.DateTimeFormatOptions): string {
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })
    formatters.set(key, formatter)
  }
  return formatter.format(d)
}

/** Tick labels with Intl in the timeline's language; years ≤ 0 carry an era (ISO 8601 year 0 is 1 BC). */
export function tickLabel(t: number, level: TickLevel, major: boolean, locale: string): string {
  const d = new Date(t)
  const bce = d.getUTCFullYear() <= 0
  const year: Intl.DateTimeFormatOptions = { year: 'numeric', ...(bce ? { era: 'short' as const } : {}) }
  // Within one level, the options depend only on `major` and `bce`.
  const key = `${locale}\u0000${level}\u0000${major}\u0000${bce}`
  switch (level) {
    case 'year':
      return formatTick(d, locale, key, year)
    case 'month':
      return major ? formatTick(d, locale, key, { month: 'short', ...year }) : formatTick(d, locale, key, { month: 'short' })
    case 'day':
      return major ? formatTick(d, locale, key, { day: 'numeric', month: 'short', ...year }) : formatTick(d, locale, key, { day: 'numeric', month: 'short' })
    default:
      return major ? formatTick(d, locale, key, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : formatTick(d, locale, key, { hour: '2-digit', minute: '2-digit' })
  }
}

/**
 * Ticks for each segment of the axis, about one per `spacing` px, from d3-time's
 * calendar-aware tick intervals. The first tick of a segment and the first of
 * each larger unit are major and name that unit, so every segment reads on its
 * own after a break.
 */
export function axisTicks(segments: readonly Segment[], scale: (t: Date) => number, locale = 'en', spacing = 90, labelsAlongAxis = true): Tick[] {
  const out: Tick[] = []
  for (const s of segments) {
    const count = Math.max(1, Math.floor((s.x1 - s.x0) / spacing))
    const dates = utcTicks(new Date(s.start), new Date(s.end), count)
    if (dates.length === 0) continue
    const level = tickLevel(dates)
    // A sliver of a segment (between breaks, or cut by the edge of a zoomed view) has room for one tick at
    // most: it names a day, a month or a year there, never an hour picked only because the sliver is short.
    if (s.x1 - s.x0 < spacing && (level === 'hour' || level === 'minute')) continue
    let previous: Date | undefined
    for (const d of dates) {
      const major =
        previous === undefined ||
        (level === 'month' && d.getUTCFullYear() !== previous.getUTCFullYear()) ||
        (level === 'day' && (d.getUTCMonth() !== previous.getUTCMonth() || d.getUTCFullYear() !== previous.getUTCFullYear())) ||
        ((level === 'hour' || level === 'minute') && +utcDay.floor(d) !== +utcDay.floor(previous))
      out.push({ t: +d, x: scale(d), level, label: tickLabel(+d, level, major, locale), major })
      previous = d
    }
  }
  return withoutCollisions(out, labelsAlongAxis ? (t) => textWidth(t.label, 11, t.major) : () => 14)
}

/**
 * Tick labels start at their tick and take `extent` px along the axis (their
 * width on a horizontal axis, their line height on a vertical one); a label
 * that would run into the one before keeps its tick but loses its text.
 */
function withoutCollisions(ticks: Tick[], extent: (t: Tick) => number): Tick[] {
  let freeFrom = -Infinity
  return ticks.map((t) => {
    const x0 = t.x - 2
    if (x0 < freeFrom) return { ...t, label: '' }
    freeFrom = x0 + extent(t) + 8
    return t
  })
}
