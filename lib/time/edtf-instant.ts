/**
 * The edtf package's results mapped onto Dateline's types: a written date
 * becomes an `Instant` (UTC extent, precision, qualifiers, the numbers as
 * written), an interval a `TimeSpan` with its two bounds. Also the checks the
 * package leaves out: hh:mm without seconds, fractional seconds, 29 February
 * of a common year.
 */
import edtf, { type EDTFObject, type ParseResult } from 'edtf'
import { daysInMonth, isoOffset, padNumber, ymd } from './calendar'
import { fail, invalid, type Check } from './date-failure'
import { impossibleDayHint } from './date-hints'
import type { Bound, DateResult, Instant, Precision, TimeSpan } from './types'

/** Bits of the edtf package's `YYYYMMDD` digit masks (unspecified `X` digits). */
const YEAR_BITS = 0b1111
const MONTH_BITS = 0b110000
const DAY_BITS = 0b11000000

function flag(mask: EDTFObject['approximate']): boolean {
  return (mask?.value ?? 0) !== 0
}

/** min/max of a package object, or undefined when beyond what a JS Date can hold (the package yields NaN). */
function extent(obj: EDTFObject): { min: number; max: number } | undefined {
  const { min, max } = obj
  return typeof min === 'number' && typeof max === 'number' && Number.isFinite(min) && Number.isFinite(max)
    ? { min, max }
    : undefined
}

const PRECISIONS: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day' }

/**
 * One written date (all of `text`, or one side of an interval starting at `at`).
 * `node` is the raw parse, which still holds the values as written; the package
 * object built from it supplies UTC min/max.
 */
export function toInstant(node: ParseResult, whole: string, at: number, side: string, check: Check): DateResult<Instant> {
  const values = node.values.filter((v): v is number => typeof v === 'number')
  const outOfRange = () =>
    fail(`"${side}" is outside the range of dates Dateline can place (about 271,821 BCE to 275,760 CE)`, { offset: at })
  const [year = 0, seasonCode = 21] = values

  if (node.type === 'Season' || node.type === 'Year') {
    const obj = edtf({ ...node, type: node.type })
    const range = extent(obj)
    if (!range) return outOfRange()
    return {
      ok: true,
      value: {
        edtf: obj.edtf,
        ...range,
        // ISO 8601-2 seasons are spans of months; Y-prefixed years (EDTF level 1) are plain years.
        precision: node.type === 'Season' ? 'month' : 'year',
        approximate: flag(obj.approximate),
        uncertain: flag(obj.uncertain),
        unspecified: flag(obj.unspecified),
        year,
        ...(node.type === 'Season' ? { season: seasonCode } : {}),
      },
    }
  }

  // An EDTF date-time is exactly hh:mm:ss (EDTF level 0). The package also
  // accepts hh:mm and fractional seconds (and reads `.5` as 5 ms), so stop those here.
  if (values.length === 5) {
    const m = /T\d{2}:\d{2}(?!:)/.exec(side)
    const fixed = whole.replace(/(T\d{2}:\d{2})(?![:\d])/g, '$1:00')
    return invalid(whole, {
      offset: at + (m ? m.index + m[0].length : side.length),
      ...(check(fixed).ok ? { hint: `did you mean ${fixed}? EDTF times are written hh:mm:ss` } : {}),
    })
  }
  if (values.length > 6) {
    const fixed = whole.replace(/(T\d{2}:\d{2}:\d{2})[.,]\d+/g, '$1')
    return invalid(whole, {
      offset: at + Math.max(0, side.search(/[.,]\d/)),
      ...(check(fixed).ok ? { hint: `did you mean ${fixed}? EDTF times stop at whole seconds` } : {}),
    })
  }

  const unspecifiedBits = typeof node.unspecified === 'number' ? node.unspecified : 0
  const monthKnown = values.length >= 2 && (unspecifiedBits & MONTH_BITS) === 0
  const dayKnown = values.length >= 3 && (unspecifiedBits & DAY_BITS) === 0
  const month = monthKnown ? (values[1] ?? 0) + 1 : undefined
  const day = dayKnown ? values[2] : undefined

  // The package rolls 29 February of a common year over to 1 March; refuse it like 30 February.
  if (month !== undefined && day !== undefined && (unspecifiedBits & YEAR_BITS) === 0 && day > daysInMonth(year, month)) {
    // Only 29 February gets this far (the grammar refuses 30 February), so the first impossible day in `whole` is this one.
    const found = impossibleDayHint(whole, check)
    return invalid(whole, { offset: found?.offset ?? at, ...(found ? { hint: found.hint } : {}) })
  }

  const time = values.length === 6
  // `timeZone` is only set when an offset was written (`Z` included); the package
  // stores times in UTC, so remember the written offset for display.
  const offsetMinutes = time && node.timeZone !== undefined ? (node.offset ?? 0) + 0 : undefined
  // Without a written offset the package fills in the *machine's* current offset
  // (ISO 8601 "local time"). Dateline treats such times as floating wall-clock
  // times, identical on every server, so place them as if written in UTC.
  const obj = edtf({ ...node, type: 'Date', offset: offsetMinutes ?? 0 })
  const range = extent(obj)
  if (!range) return outOfRange()
  const [, , , hour, minute, sec] = values

  return {
    ok: true,
    value: {
      // The package renders date-times as UTC ISO strings; keep the written wall clock and offset instead.
      edtf: time
        ? `${ymd(String(year), month ?? 1, day ?? 1)}T${[hour, minute, sec].map((n) => padNumber(n ?? 0, 2)).join(':')}` +
          (offsetMinutes === undefined ? '' : isoOffset(offsetMinutes))
        : obj.edtf,
      ...range,
      precision: time ? 'time' : (PRECISIONS[values.length] ?? 'year'),
      approximate: flag(obj.approximate),
      uncertain: flag(obj.uncertain),
      unspecified: unspecifiedBits !== 0,
      year,
      ...(month === undefined ? {} : { month }),
      ...(day === undefined ? {} : { day }),
      ...(time ? { hour, minute, second: sec } : {}),
      ...(offsetMinutes === undefined ? {} : { offsetMinutes }),
    },
  }
}

function boundText(b: Bound): string {
  return b.kind === 'date' ? b.date.edtf : b.kind === 'open' ? '..' : ''
}

/** A span that is one date. */
export function singleSpan(date: Instant): TimeSpan {
  const bound: Bound = { kind: 'date', date }
  return { edtf: date.edtf, interval: false, start: bound, end: bound, min: date.min, max: date.max }
}

/** An interval with at least one known end; min/max fall back to the known end's own extent. */
export function intervalSpan(start: Bound, end: Bound, known: Instant): TimeSpan {
  return {
    edtf: `${boundText(start)}/${boundText(end)}`,
    interval: true,
    start,
    end,
    min: start.kind === 'date' ? start.date.min : known.min,
    max: end.kind === 'date' ? end.date.max : known.max,
  }
}

/** An end is "before" the start only when it is wholly earlier: `2022/2022-03` is fine. */
export function endsBeforeStart(start: Instant, end: Instant): boolean {
  return end.max < start.min
}

function toBound(value: number | ParseResult | null | undefined, whole: string, at: number, side: string, check: Check): DateResult<Bound> {
  // EDTF level 1: `..` is an open end (the package gives ±Infinity), an empty side is unknown (null).
  if (value === null || value === undefined) return { ok: true, value: { kind: 'unknown' } }
  if (typeof value === 'number') return { ok: true, value: { kind: 'open' } }
  const r = toInstant(value, whole, at, side, check)
  return r.ok ? { ok: true, value: { kind: 'date', date: r.value } } : r
}

/** An interval from the package's parse of `text`: both ends mapped, and an end before the start refused. */
export function intervalFrom(node: ParseResult, text: string, check: Check): DateResult<TimeSpan> {
  const slash = text.indexOf('/')
  const [lower, upper] = node.values
  const start = toBound(lower, text, 0, text.slice(0, slash), check)
  if (!start.ok) return start
  const end = toBound(upper, text, slash + 1, text.slice(slash + 1), check)
  if (!end.ok) return end
  const a = start.value
  const b = end.value
  if (a.kind === 'date' && b.kind === 'date') {
    if (endsBeforeStart(a.date, b.date)) {
      return fail(`"${text}" ends (${b.date.edtf}) before it starts (${a.date.edtf})`, { offset: slash + 1 })
    }
    return { ok: true, value: intervalSpan(a, b, a.date) }
  }
  const known = a.kind === 'date' ? a.date : b.kind === 'date' ? b.date : undefined
  if (!known) {
    return fail(`"${text}" has no known end; an interval needs at least one date, e.g. 2022-02-17/.. or ../2022`, { offset: 0 })
  }
  return { ok: true, value: intervalSpan(a, b, known) }
}

