import { utcDay, utcHour, utcMinute, utcMonth, utcTicks, utcYear } from 'd3-time'
import { fromWallClock, toWallClock, type ZoneId } from '../time/zone'
import { AXIS_TEXT } from './box-styles'
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
  /** How far the label is moved along the axis from where it would stand, px, to stay inside the drawing. */
  shift: number
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

/**
 * Tick labels with Intl in the timeline's language; years ≤ 0 carry an era (ISO 8601 year 0 is 1 BC).
 * `t` is a wall-clock reading (UTC ms of the time the story's zone shows). On an hour axis, a tick at
 * midnight names its day alone: a day is never labelled with a time of day.
 */
export function tickLabel(t: number, level: TickLevel, major: boolean, locale: string): string {
  const d = new Date(t)
  const bce = d.getUTCFullYear() <= 0
  const year: Intl.DateTimeFormatOptions = { year: 'numeric', ...(bce ? { era: 'short' as const } : {}) }
  const midnight = (level === 'hour' || level === 'minute') && +utcDay.floor(d) === t
  // Within one level, the options depend only on `major`, `bce` and whether the tick is a midnight.
  const key = `${locale}\u0000${level}\u0000${major}\u0000${bce}\u0000${midnight}`
  switch (level) {
    case 'year':
      return formatTick(d, locale, key, year)
    case 'month':
      return major ? formatTick(d, locale, key, { month: 'short', ...year }) : formatTick(d, locale, key, { month: 'short' })
    case 'day':
      return major ? formatTick(d, locale, key, { day: 'numeric', month: 'short', ...year }) : formatTick(d, locale, key, { day: 'numeric', month: 'short' })
    default:
      if (midnight) return formatTick(d, locale, key, { day: 'numeric', month: 'short' })
      return major ? formatTick(d, locale, key, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : formatTick(d, locale, key, { hour: '2-digit', minute: '2-digit' })
  }
}

export interface TickOptions {
  /** BCP 47 language of the labels. */
  locale?: string
  /** About one tick per this many px. */
  spacing?: number
  /** Labels run along the axis (horizontal) rather than across it (vertical). */
  labelsAlongAxis?: boolean
  /** The story's zone (lib/time/zone.ts): days and hours begin at its midnights and on its hours. */
  zone?: ZoneId
  /** Labels stay within [lo, hi] along the axis: the drawing's edges, px. */
  lo?: number
  hi?: number
  /** Room across the axis for a label (vertical axes): a longer label falls back to its short form. */
  across?: number
  /**
   * Positions along the axis where something crosses the labels' band (a quote's connector, the
   * dashed ring of an approximate date): a label there would be struck through, so it moves just
   * past the line or, when that takes it too far from its tick, is left out.
   */
  avoid?: readonly number[]
}

const DAY = 86_400_000
/** Where a label starts along the axis, from its tick: just before it across, centred on it along a vertical axis. */
const LEAD_ALONG = -2
const LINE = 14

/**
 * Ticks for each segment of the axis, about one per `spacing` px, from d3-time's
 * calendar-aware tick intervals, read on the wall clock of the story's zone. The
 * first tick of a segment and the first of each larger unit are major and name
 * that unit, so every segment reads on its own after a break. A segment of two
 * days or more gets ticks of whole days until a day is drawn wide enough for
 * several hours (zoomed in).
 */
export function axisTicks(segments: readonly Segment[], scale: (t: Date) => number, options: TickOptions = {}): Tick[] {
  const { locale = 'en', spacing = 90, labelsAlongAxis = true, zone = 'UTC', lo = -Infinity, hi = Infinity, across = Infinity, avoid = [] } = options
  const out: Tick[] = []
  for (const s of segments) {
    let count = Math.max(1, Math.floor((s.x1 - s.x0) / spacing))
    // Hours only once a day has room for several of them: until then, days tick in whole days, never at noon.
    const dayWidth = ((s.x1 - s.x0) / (s.end - s.start)) * DAY
    const wholeDays = dayWidth < 3 * spacing
    const days = Math.floor((s.end - s.start) / DAY)
    if (wholeDays) count = Math.min(count, days)
    const from = new Date(toWallClock(zone, s.start))
    const to = new Date(toWallClock(zone, s.end))
    // Less than two days drawn that narrow (a stretch between breaks): its midnights, if any, and no hours.
    // A longer stretch drawn short (centuries in a few px) still gets one tick, not one a day.
    const dates = wholeDays && s.end - s.start < 2 * DAY ? utcDay.range(from, new Date(+to + 1)) : utcTicks(from, to, Math.max(count, 1))
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
      let label = tickLabel(+d, level, major, locale)
      if (!labelsAlongAxis && textWidth(label, AXIS_TEXT.size, major) > across) label = tickLabel(+d, level, false, locale)
      const t = fromWallClock(zone, +d)
      out.push({ t, x: scale(new Date(t)), level, label, major, shift: 0 })
      previous = d
    }
  }
  const extent = labelsAlongAxis ? (t: Tick) => textWidth(t.label, AXIS_TEXT.size, t.major) : () => LINE
  return withoutCollisions(out, extent, labelsAlongAxis ? LEAD_ALONG : -LINE / 2, lo, hi, avoid)
}

/** Clearance either side of a line a label must not cross, and how far a label may move to clear one, px. */
const CLEAR = 5
const MAX_STEP = 14

/**
 * Tick labels start `lead` px from their tick and take `extent` px along the axis
 * (their width on a horizontal axis, their line height on a vertical one). A
 * label that would cross an edge of the drawing is moved back inside it (a
 * label wider than the drawing loses its text); a label that would then run
 * into the one before keeps its tick but loses its text.
 */
function withoutCollisions(ticks: Tick[], extent: (t: Tick) => number, lead: number, lo: number, hi: number, avoid: readonly number[]): Tick[] {
  let freeFrom = -Infinity
  const struck = (x0: number, length: number) => avoid.find((a) => a > x0 - CLEAR && a < x0 + length + CLEAR)
  return ticks.map((t) => {
    if (!t.label) return t
    const length = extent(t)
    const start = t.x + lead
    let shift = start < lo ? lo - start : start + length > hi ? hi - length - start : 0
    const line = struck(start + shift, length)
    if (line !== undefined) {
      // Just past the line, or just before it, whichever moves the label less.
      const after = line + CLEAR - start
      const before = line - CLEAR - length - start
      shift = Math.abs(after - shift) <= Math.abs(before - shift) ? after : before
      if (Math.abs(shift) > MAX_STEP || struck(start + shift, length) !== undefined) return { ...t, label: '' }
    }
    const x0 = start + shift
    if (x0 < freeFrom || x0 < lo || x0 + length > hi) return { ...t, label: '' }
    freeFrom = x0 + length + 8
    return shift ? { ...t, shift } : t
  })
}
