import { utcDate } from './calendar'
import type { Bound, Instant, Precision, TimeSpan } from './types'

/**
 * TimeSpans in a compact, lossless form for the page's data: a story of 5,000 events sent each span
 * as two whole Instant objects (the end repeating the start for a single date), some 600 bytes an
 * event. Here an Instant is a short tuple, a single date is its Instant alone, and a span's text and
 * extent are written only when they differ from what its ends say. `unpackSpan(packSpan(s))` equals
 * `s`, for every form lib/time/parse.ts makes (lib/time/pack.test.ts).
 */

/**
 * `[edtf, flags, year, month, day, hour, minute, second, offsetMinutes, season, min, max - min]`, absent
 * fields null, trailing ones cut. The text and the extent are written only where the fields do not give
 * them (unspecified digits, seasons, an offset written `+00:00`): a plain date reads as its fields
 * do (`2022-02-24~`), and covers its last written unit (a time, only its moment).
 */
type PackedInstant = [edtf: string | null, flags: number, year: number, ...rest: (number | null)[]]
/** An Instant, or EDTF's `..` (0) or an empty side of an interval (1). */
type PackedBound = PackedInstant | 0 | 1
/**
 * A single date whose text, extent and both ends are its Instant's: that Instant. Any other span:
 * `[interval, start, end, edtf, min, max]`, where `end` is 2 when it is `start` again and a null
 * text or extent is the one its ends give (`start/end`, start's min, end's max).
 */
export type PackedSpan = PackedInstant | [interval: 0 | 1, start: PackedBound, end: PackedBound | 2, edtf?: string | null, min?: number | null, max?: number | null]

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'time']
const OPTIONAL = ['month', 'day', 'hour', 'minute', 'second', 'offsetMinutes', 'season'] as const
const MINUTE = 60_000

/** Drops trailing nulls: a tuple says no more than it must. */
function trimmed<T extends unknown[]>(tuple: T): T {
  let end = tuple.length
  while (end > 0 && tuple[end - 1] === null) end--
  return tuple.slice(0, end) as T
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** The EDTF text the fields give, as lib/time/parse.ts reads it back: `-0043-03-15`, `2022-07-29T10:00:00+05:00`, `2022-02~`. */
function writtenText(d: Omit<Instant, 'edtf' | 'min' | 'max'>): string {
  let text = d.year < 0 ? `-${pad(-d.year, 4)}` : pad(d.year, 4)
  if (d.month !== undefined) text += `-${pad(d.month, 2)}`
  if (d.day !== undefined) text += `-${pad(d.day, 2)}`
  if (d.hour !== undefined) text += `T${pad(d.hour, 2)}:${pad(d.minute ?? 0, 2)}:${pad(d.second ?? 0, 2)}`
  if (d.offsetMinutes !== undefined) {
    const o = Math.abs(d.offsetMinutes)
    text += d.offsetMinutes === 0 ? 'Z' : `${d.offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(o / 60), 2)}:${pad(o % 60, 2)}`
  }
  return text + (d.approximate && d.uncertain ? '%' : d.approximate ? '~' : d.uncertain ? '?' : '')
}

/** The extent the written fields give: from the first millisecond of the date (in its offset) to the last of its finest written unit. */
function writtenExtent(d: Omit<Instant, 'edtf' | 'min' | 'max'>): { min: number; length: number } {
  const offset = (d.offsetMinutes ?? 0) * MINUTE
  const min = utcDate(d.year, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0, d.second ?? 0).getTime() - offset
  const next =
    d.hour !== undefined
      ? min + 1
      : d.day !== undefined
            ? utcDate(d.year, d.month! - 1, d.day + 1).getTime() - offset
            : d.month !== undefined
              ? utcDate(d.year, d.month).getTime() - offset
              : utcDate(d.year + 1).getTime() - offset
  return { min, length: next - 1 - min }
}

function packInstant(d: Instant): PackedInstant {
  const flags = PRECISIONS.indexOf(d.precision) | (d.approximate ? 4 : 0) | (d.uncertain ? 8 : 0) | (d.unspecified ? 16 : 0)
  const written = writtenExtent(d)
  const min = d.min === written.min ? null : d.min
  const length = d.max - d.min === written.length ? null : d.max - d.min
  return trimmed([d.edtf === writtenText(d) ? null : d.edtf, flags, d.year, ...OPTIONAL.map((k) => d[k] ?? null), min, length])
}

function unpackInstant(p: PackedInstant): Instant {
  const [edtf, flags, year, ...rest] = p
  const fields: Omit<Instant, 'edtf' | 'min' | 'max'> = {
    precision: PRECISIONS[flags & 3]!,
    approximate: (flags & 4) !== 0,
    uncertain: (flags & 8) !== 0,
    unspecified: (flags & 16) !== 0,
    year,
  }
  OPTIONAL.forEach((k, i) => {
    const v = rest[i]
    if (v !== null && v !== undefined) fields[k] = v
  })
  const written = writtenExtent(fields)
  const min = rest[OPTIONAL.length] ?? written.min
  const length = rest[OPTIONAL.length + 1] ?? written.length
  return { edtf: edtf ?? writtenText(fields), min, max: min + length, ...fields }
}

const packBound = (b: Bound): PackedBound => (b.kind === 'date' ? packInstant(b.date) : b.kind === 'open' ? 0 : 1)
const unpackBound = (p: PackedBound): Bound => (p === 0 ? { kind: 'open' } : p === 1 ? { kind: 'unknown' } : { kind: 'date', date: unpackInstant(p) })
const boundText = (b: Bound) => (b.kind === 'date' ? b.date.edtf : b.kind === 'open' ? '..' : '')

/** What a span's text and extent are when nothing says otherwise: a single date's own, or `start/end` from start's first to end's last millisecond. */
function implied(interval: boolean, start: Bound, end: Bound): { edtf: string; min: number | undefined; max: number | undefined } {
  return {
    edtf: interval ? `${boundText(start)}/${boundText(end)}` : boundText(start),
    min: start.kind === 'date' ? start.date.min : undefined,
    max: end.kind === 'date' ? end.date.max : undefined,
  }
}

const sameBound = (a: Bound, b: Bound) => JSON.stringify(a) === JSON.stringify(b)

export function packSpan(s: TimeSpan): PackedSpan {
  const d = implied(s.interval, s.start, s.end)
  const sameEnd = sameBound(s.start, s.end)
  if (!s.interval && sameEnd && s.start.kind === 'date' && d.edtf === s.edtf && d.min === s.min && d.max === s.max) return packInstant(s.start.date)
  return trimmed([s.interval ? 1 : 0, packBound(s.start), sameEnd ? 2 : packBound(s.end), d.edtf === s.edtf ? null : s.edtf, d.min === s.min ? null : s.min, d.max === s.max ? null : s.max])
}

export function unpackSpan(p: PackedSpan): TimeSpan {
  if (typeof p[0] === 'string' || p[0] === null) {
    const date = unpackInstant(p as PackedInstant)
    const bound: Bound = { kind: 'date', date }
    return { edtf: date.edtf, interval: false, start: bound, end: bound, min: date.min, max: date.max }
  }
  const [interval, startPacked, endPacked, edtf, min, max] = p as Exclude<PackedSpan, PackedInstant>
  const start = unpackBound(startPacked)
  const end = endPacked === 2 ? start : unpackBound(endPacked)
  const d = implied(interval === 1, start, end)
  return { edtf: edtf ?? d.edtf, interval: interval === 1, start, end, min: min ?? d.min ?? NaN, max: max ?? d.max ?? NaN }
}
