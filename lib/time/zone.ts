import { offsetLabel } from './format'
import type { Bound, TimeSpan } from './types'

/**
 * A story's time zone, as one string that can travel to the browser with the zoom's inputs: an IANA
 * name (`Europe/Moscow`), a fixed offset (`+03:00`, as written in EDTF times), or `UTC`.
 */
export type ZoneId = string

const FIXED = /^([+-])(\d{2}):(\d{2})$/

/** True for a zone name Intl knows (IANA names and their aliases, `UTC`). */
export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/** `+03:00` for 180 minutes east of UTC: the form EDTF times are written with. */
export function fixedZone(offsetMinutes: number): ZoneId {
  if (offsetMinutes === 0) return 'UTC'
  const abs = Math.abs(offsetMinutes)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/**
 * The zone a story's axis, ticks and labels are read in: the one its frontmatter names; else the
 * offset every timed date of the story was written with, when they share one; else UTC.
 */
export function storyZone(timezone: string | undefined, spans: readonly TimeSpan[]): ZoneId {
  if (timezone) return timezone
  const offsets = new Set<number>()
  for (const s of spans)
    for (const b of [s.start, s.end]) if (b.kind === 'date' && b.date.precision === 'time') offsets.add(b.date.offsetMinutes ?? 0)
  return offsets.size === 1 ? fixedZone([...offsets][0]!) : 'UTC'
}

/** True when any date of these spans has a time of day: only then does a reader need the zone. */
export function hasTimes(spans: readonly TimeSpan[]): boolean {
  return spans.some((s) => [s.start, s.end].some((b) => b.kind === 'date' && b.date.precision === 'time'))
}

// Building Intl objects is slow next to using them; ticks ask for offsets on every zoom frame.
const partsFormatters = new Map<string, Intl.DateTimeFormat>()

/**
 * Minutes east of UTC in `zone` at the moment `t` (UTC ms). A fixed offset is the same all year;
 * an IANA zone's changes with daylight saving time, so it is read from Intl at `t`.
 */
export function zoneOffset(zone: ZoneId, t: number): number {
  if (zone === 'UTC') return 0
  const fixed = FIXED.exec(zone)
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]))
  let format = partsFormatters.get(zone)
  if (!format) {
    if (!isKnownTimeZone(zone)) return 0
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' })
    partsFormatters.set(zone, format)
  }
  if (!Number.isFinite(t)) return 0
  const parts = format.formatToParts(t)
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  // Intl writes BC years as 1, 2, …; astronomical years count 0 for 1 BC (ISO 8601).
  const bc = parts.find((p) => p.type === 'era')?.value.startsWith('B') ?? false
  // setUTCFullYear rather than Date.UTC, which reads years 0–99 as 1900–1999.
  const wall = new Date(0)
  wall.setUTCFullYear(bc ? 1 - value('year') : value('year'), value('month') - 1, value('day'))
  wall.setUTCHours(value('hour'), value('minute'), value('second'), 0)
  return Math.round((wall.getTime() - (t - (((t % 1000) + 1000) % 1000))) / 60_000)
}

/** The wall clock in `zone` at `t`, as UTC ms: what a calendar on the wall there reads, written as if it were UTC. */
export function toWallClock(zone: ZoneId, t: number): number {
  return t + zoneOffset(zone, t) * 60_000
}

/**
 * The moment a wall-clock reading in `zone` stands for. Two passes settle on the offset in force at
 * that reading, as date libraries do; a reading skipped by a DST change lands just after it.
 */
export function fromWallClock(zone: ZoneId, wall: number): number {
  const guess = wall - zoneOffset(zone, wall) * 60_000
  return wall - zoneOffset(zone, guess) * 60_000
}

/**
 * The zone as a reader is told it: "UTC+3" for a fixed offset, the zone's own name in the story's
 * language for an IANA zone ("Moscow Standard Time", "hora de Europa central").
 */
export function zoneName(zone: ZoneId, locale: string, at: number): string {
  if (zone === 'UTC' || FIXED.test(zone)) return offsetLabel(zoneOffset(zone, at))
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(Number.isFinite(at) ? at : 0)
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone
  } catch {
    return zone
  }
}

/**
 * The span with its times of day read in `zone`: a time written with an offset names a moment on the
 * world's clock, so it takes the zone's offset at that moment (`2022-02-24T03:00Z` in Europe/Kyiv reads
 * 5:00 AM UTC+2), and every label and list then agrees with the axis. The moment is unchanged, and so is
 * the EDTF text as written. Floating times (no offset) and dates without a time stay as they are.
 */
export function spanInZone(span: TimeSpan, zone: ZoneId): TimeSpan {
  const read = (b: Bound): Bound =>
    b.kind === 'date' && b.date.precision === 'time' && b.date.offsetMinutes !== undefined ? { kind: 'date', date: { ...b.date, offsetMinutes: zoneOffset(zone, b.date.min) } } : b
  const start = read(span.start)
  // A single date's end is its start, the same Instant.
  const end = span.interval ? read(span.end) : start
  return start === span.start && end === span.end ? span : { ...span, start, end }
}

/** Events or quotes with their spans read in the story's zone (spanInZone); as given when the story names none. */
export function readInZone<T extends { span: TimeSpan }>(items: T[], zone: ZoneId | undefined): T[] {
  return zone ? items.map((item) => ({ ...item, span: spanInZone(item.span, zone) })) : items
}
