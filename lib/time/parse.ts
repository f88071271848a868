/**
 * EDTF text → TimeSpan. The `edtf` package does all the parsing (EDTF levels
 * 0–2, ISO 8601-2); this module only maps its results onto Dateline's types,
 * adds the few checks the package leaves out, and turns failures into errors a
 * writer can act on. The regular expressions below never decide what is valid:
 * they only recognise common mistakes so that a hint can be offered, and every
 * suggested fix is itself checked with the package before it is shown.
 */
import edtf, { parse as parseEdtf, type EDTFObject, type ParseResult } from 'edtf'
import { daysInMonth, isoOffset, padNumber, utcDate } from './calendar'
import { formatInstant } from './format'
import type { Bound, DateError, DateResult, Instant, Precision, TimeSpan } from './types'

const EXPECTED =
  'an EDTF date such as 2022-02-24, 2022-02, 2022, 2022-07-29T10:00:00+05:00, 2022-02~ or 2021?, ' +
  'or an interval such as 2021-06-16/2021-06-17, 2022-02-17/.. or 2022-02/'

const EXPECTED_END = 'a single EDTF date such as 2022-02-24, 2022-02 or 2022, or .. for ongoing'

/** Bits of the edtf package's `YYYYMMDD` digit masks (unspecified `X` digits). */
const YEAR_BITS = 0b1111
const MONTH_BITS = 0b110000
const DAY_BITS = 0b11000000

type Failure = { ok: false; error: DateError }

function fail(message: string, extra: Partial<DateError> = {}): Failure {
  return { ok: false, error: { message, expected: EXPECTED, ...extra } }
}

function invalid(text: string, extra: Partial<DateError> = {}): Failure {
  return fail(`"${text}" is not a valid EDTF date`, extra)
}

/** Moves an error's offset from the trimmed string back into the string as given. */
function shift(result: Failure, by: number): Failure {
  const { offset } = result.error
  return offset === undefined || by === 0 ? result : { ok: false, error: { ...result.error, offset: offset + by } }
}

/** Whether `text` parses cleanly; used to vet suggestions before showing them. */
function isValid(text: string): boolean {
  return parseTrimmed(text, false).ok
}

function monthLabel(year: number, month: number): string {
  const min = utcDate(year, month - 1).getTime()
  return formatInstant({ edtf: '', min, max: min, precision: 'month', approximate: false, uncertain: false, unspecified: false, year, month }, 'en')
}

function dayLabel(text: string): string {
  const r = parseTrimmed(text, false)
  return r.ok && r.value.start.kind === 'date' ? formatInstant(r.value.start.date, 'en') : text
}

// ---------------------------------------------------------------------------
// Hints: recognise a mistake, propose a fix the package accepts.

interface Hint {
  hint: string
  /** Where the mistake is, when more precise than the parser's stopping point. */
  offset?: number
}

/** `2022-02-30` → "did you mean 2022-02-28? February 2022 has 28 days" (also `2022-02-29`, which the package lets through). */
function impossibleDayHint(text: string): Hint | undefined {
  for (const m of text.matchAll(/(-?)(\d{4})-(\d{2})-(\d{2})/g)) {
    const [whole, sign = '', y = '', mm = '', dd = ''] = m
    const year = Number(sign + y)
    const month = Number(mm)
    const day = Number(dd)
    if (month < 1 || month > 12) continue
    const last = daysInMonth(year, month)
    if (day <= last) continue
    const at = (m.index ?? 0) + whole.length - 2
    const fixed = text.slice(0, at) + padNumber(last, 2) + text.slice(at + 2)
    const reason = `${monthLabel(year, month)} has ${last} days`
    return { hint: isValid(fixed) ? `did you mean ${fixed}? ${reason}` : reason, offset: at }
  }
  return undefined
}

/** `2022-13` → "months run from 01 to 12". Codes 21–41 are ISO 8601-2 seasons, so they are left alone. */
function monthHint(text: string): Hint | undefined {
  for (const m of text.matchAll(/(\d{4})-(\d{2})(?!\d)/g)) {
    const month = Number(m[2])
    if (month === 0 || (month > 12 && month < 21) || month > 41) {
      return { hint: 'months run from 01 to 12', offset: (m.index ?? 0) + 5 }
    }
  }
  return undefined
}

const YMD_REASON = 'EDTF dates are written year-month-day'

function ymd(year: string, month: number, day?: number): string {
  return [padNumber(Number(year), 4), padNumber(month, 2), ...(day === undefined ? [] : [padNumber(day, 2)])].join('-')
}

/** `02/24/2022`, `24/02/2022`, `24.02.2022` → `2022-02-24`; asks when both readings are possible. */
function numericOrderHint(text: string): Hint | undefined {
  const m = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/.exec(text)
  if (!m) return undefined
  const [, a = '', , b = '', year = ''] = m
  const first = Number(a)
  const second = Number(b)
  const monthFirst = ymd(year, first, second)
  const dayFirst = ymd(year, second, first)
  const readings = [...new Set([monthFirst, dayFirst])].filter(isValid)
  const [only, other] = readings
  if (only === undefined) return undefined
  if (other === undefined) return { hint: `did you mean ${only}? ${YMD_REASON}`, offset: 0 }
  return {
    hint: `did you mean ${only} (${dayLabel(only)}) or ${other} (${dayLabel(other)})? ${YMD_REASON}`,
    offset: 0,
  }
}

let monthNumbers: Map<string, number> | undefined

/** English month names and abbreviations, taken from Intl rather than typed out. */
function monthNumber(name: string): number | undefined {
  if (!monthNumbers) {
    monthNumbers = new Map([['sept', 9]])
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat('en', { month, timeZone: 'UTC' })
      for (let m = 1; m <= 12; m++) monthNumbers.set(format.format(utcDate(2000, m - 1)).toLowerCase(), m)
    }
  }
  return monthNumbers.get(name.toLowerCase())
}

/** `February 24, 2022`, `24 Feb 2022`, `February 2022` → `2022-02-24` / `2022-02`. */
function monthNameHint(text: string): Hint | undefined {
  let candidate: string | undefined
  let m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{1,4})$/i.exec(text)
  if (m) {
    const month = monthNumber(m[1] ?? '')
    if (month) candidate = ymd(m[3] ?? '', month, Number(m[2]))
  } else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{1,4})$/i.exec(text))) {
    const month = monthNumber(m[2] ?? '')
    if (month) candidate = ymd(m[3] ?? '', month, Number(m[1]))
  } else if ((m = /^([a-z]+)\.?,?\s+(\d{1,4})$/i.exec(text))) {
    const month = monthNumber(m[1] ?? '')
    if (month) candidate = ymd(m[2] ?? '', month)
  }
  if (candidate === undefined || !isValid(candidate)) return undefined
  return { hint: `did you mean ${candidate}? ${YMD_REASON}, in numbers`, offset: 0 }
}

/** `c. 2022`, `circa 2022`, `about 2022` → `2022~` (EDTF level 1 approximate). */
function circaHint(text: string): Hint | undefined {
  // The date must follow directly, so `c` cannot swallow the start of `circa`.
  const m = /^(?:circa|approximately|approx\.?|about|around|ca\.?|c\.?)\s*(-?\d.*)$/i.exec(text)
  const candidate = m ? `${m[1]}~` : undefined
  if (candidate === undefined) return undefined
  const r = parseTrimmed(candidate, false)
  if (!r.ok || r.value.interval) return undefined
  return { hint: `did you mean ${candidate}? EDTF marks an approximate date with ~`, offset: 0 }
}

/** `2022-2-4` → `2022-02-04`. */
function twoDigitHint(text: string): Hint | undefined {
  const fixed = text.replace(/(\d{4})-(\d{1,2})(?!\d)(?:-(\d{1,2})(?!\d))?/g, (whole, y: string, mm: string, dd?: string) =>
    `${y}-${mm.padStart(2, '0')}${dd === undefined ? '' : `-${dd.padStart(2, '0')}`}`,
  )
  if (fixed === text || !isValid(fixed)) return undefined
  return { hint: `did you mean ${fixed}? months and days are written with two digits` }
}

/** `2022-02-24 10:00:00Z` → `…T…`; `2021-06-16 / 2021-06-17` → no spaces. */
function whitespaceHint(text: string): Hint | undefined {
  const at = text.search(/\s/)
  if (at < 0) return undefined
  const candidates = [text.replace(/(\d)\s+(?=\d{2}:)/, '$1T'), text.replace(/\s+/g, '')]
  const fixed = candidates.find(isValid)
  return fixed === undefined ? undefined : { hint: `did you mean ${fixed}? EDTF dates contain no spaces`, offset: at }
}

const HINTS = [impossibleDayHint, monthHint, numericOrderHint, monthNameHint, circaHint, twoDigitHint, whitespaceHint]

function hintFor(text: string): Hint | undefined {
  for (const find of HINTS) {
    const found = find(text)
    if (found) return found
  }
  return undefined
}

/** The package's errors read "Syntax error at line 1 col 9: …" (1-based) or "… No possible parsings (@EOS)" when input ends early. */
function syntaxFailure(text: string, error: unknown, withHints: boolean): Failure {
  const message = error instanceof Error ? error.message : String(error)
  const col = /^Syntax error at line \d+ col (\d+)/.exec(message)?.[1]
  const offset = col !== undefined ? Number(col) - 1 : message.includes('@EOS') ? text.length : undefined
  const found = withHints ? hintFor(text) : undefined
  const at = found?.offset ?? offset
  return invalid(text, { ...(at === undefined ? {} : { offset: at }), ...(found ? { hint: found.hint } : {}) })
}

// ---------------------------------------------------------------------------
// Mapping the package's values onto Instant / TimeSpan.

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
function toInstant(node: ParseResult, whole: string, at: number, side: string): DateResult<Instant> {
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
      ...(isValid(fixed) ? { hint: `did you mean ${fixed}? EDTF times are written hh:mm:ss` } : {}),
    })
  }
  if (values.length > 6) {
    const fixed = whole.replace(/(T\d{2}:\d{2}:\d{2})[.,]\d+/g, '$1')
    return invalid(whole, {
      offset: at + Math.max(0, side.search(/[.,]\d/)),
      ...(isValid(fixed) ? { hint: `did you mean ${fixed}? EDTF times stop at whole seconds` } : {}),
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
    const found = impossibleDayHint(whole)
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

function singleSpan(date: Instant): TimeSpan {
  const bound: Bound = { kind: 'date', date }
  return { edtf: date.edtf, interval: false, start: bound, end: bound, min: date.min, max: date.max }
}

/** An interval with at least one known end; min/max fall back to the known end's own extent. */
function intervalSpan(start: Bound, end: Bound, known: Instant): TimeSpan {
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
function endsBeforeStart(start: Instant, end: Instant): boolean {
  return end.max < start.min
}

function toBound(value: number | ParseResult | null | undefined, whole: string, at: number, side: string): DateResult<Bound> {
  // EDTF level 1: `..` is an open end (the package gives ±Infinity), an empty side is unknown (null).
  if (value === null || value === undefined) return { ok: true, value: { kind: 'unknown' } }
  if (typeof value === 'number') return { ok: true, value: { kind: 'open' } }
  const r = toInstant(value, whole, at, side)
  return r.ok ? { ok: true, value: { kind: 'date', date: r.value } } : r
}

function intervalFrom(node: ParseResult, text: string): DateResult<TimeSpan> {
  const slash = text.indexOf('/')
  const [lower, upper] = node.values
  const start = toBound(lower, text, 0, text.slice(0, slash))
  if (!start.ok) return start
  const end = toBound(upper, text, slash + 1, text.slice(slash + 1))
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

const PLAIN_DATE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/

/** A plain year, month or day, with at most a qualifier for the whole date, as the package's node; undefined for anything else. */
function plainDate(text: string): ParseResult | undefined {
  const m = PLAIN_DATE.exec(text)
  if (!m) return undefined
  const year = Number(m[1])
  const values = [year]
  if (m[2] !== undefined) {
    const month = Number(m[2])
    if (month < 1 || month > 12) return undefined
    values.push(month - 1)
    if (m[3] !== undefined) {
      const day = Number(m[3])
      // Date.UTC counts years 0–99 as 1900–1999; setUTCFullYear keeps the astronomical year.
      const probe = new Date(0)
      probe.setUTCFullYear(year, month - 1, day)
      if (day < 1 || probe.getUTCDate() !== day) return undefined
      values.push(day)
    }
  }
  const q = m[4]
  if (q === undefined) return { type: 'Date', level: 0, values } as ParseResult
  return { type: 'Date', level: 1, values, ...(q !== '?' ? { approximate: true } : {}), ...(q !== '~' ? { uncertain: true } : {}) } as ParseResult
}

/**
 * The edtf package's parse result for the forms most events use: plain years,
 * months and days, with a qualifier for the whole date (EDTF levels 0 and 1),
 * and intervals of those with open or unknown ends. The package's Earley parser
 * builds a grammar per call and dominated `npm run check` on 200 files.
 * Anything else, and any value that is not a real calendar date, goes to the
 * package, so every error (and its hint) comes from one place. A test holds
 * the two to the same output.
 */
export function parseEdtfFast(text: string): ParseResult {
  const single = plainDate(text)
  if (single) return single
  const parts = text.split('/')
  if (parts.length === 2) {
    // The package writes an open end (`..`) as Infinity and an unknown one (empty) as null.
    const ends = parts.map((p) => (p === '..' ? Infinity : p === '' ? null : plainDate(p)))
    const dates = ends.filter((e): e is ParseResult => typeof e === 'object' && e !== null)
    if (!ends.includes(undefined) && dates.length > 0) {
      const level = dates.length < 2 ? 1 : Math.max(...dates.map((e) => (e as { level: number }).level))
      return { values: ends, type: 'Interval', level } as unknown as ParseResult
    }
  }
  return parseEdtf(text)
}

function parseTrimmed(text: string, withHints: boolean): DateResult<TimeSpan> {
  let node: ParseResult
  try {
    node = parseEdtfFast(text)
  } catch (error) {
    return syntaxFailure(text, error, withHints)
  }
  switch (node.type) {
    case 'Set':
    case 'List':
      // EDTF level 2 sets ([a,b] one of, {a,b} all of) are several dates, not one event.
      return fail(
        `"${text}" is a set of dates, not one event date; use an interval such as 2022/2023, or one event per date`,
        { offset: 0 },
      )
    case 'Decade':
    case 'Century': {
      // `202` / `20` are a decade / century; the level 1 spelling with X digits says the same more plainly.
      const fixed = `${text}${node.type === 'Decade' ? 'X' : 'XX'}`
      return fail(`"${text}" is a whole ${node.type === 'Decade' ? 'decade' : 'century'}, not a year`, {
        offset: 0,
        ...(isValid(fixed) ? { hint: `did you mean ${fixed}? write a full year, or X for unknown digits` } : {}),
      })
    }
    case 'Interval':
      return intervalFrom(node, text)
    default: {
      const r = toInstant(node, text, 0, text)
      return r.ok ? { ok: true, value: singleSpan(r.value) } : r
    }
  }
}

/**
 * Parses an event date written in EDTF (Library of Congress Extended
 * Date/Time Format, ISO 8601-2), levels 0 and 1 and the parts of level 2 that
 * are single dates: days, months, years, date-times with or without offset,
 * `~` `?` `%` qualifiers, `X` digits, seasons, and intervals with open (`..`)
 * or unknown (empty) ends. Sets and lists are refused: they are not one date.
 *
 * Failures carry a 0-based `offset` into `text`, the accepted forms, and where
 * possible a concrete `hint` ("did you mean 2022-02-28? …").
 *
 * @param text the EDTF text; surrounding whitespace is ignored
 */
export function parseDate(text: string): DateResult<TimeSpan> {
  const trimmed = text.trim()
  if (!trimmed) return fail('date is empty', { offset: 0 })
  const r = parseTrimmed(trimmed, true)
  return r.ok ? r : shift(r, text.length - text.trimStart().length)
}

/**
 * Parses `<Event date end>`: with `end`, `date` must be a single date and the
 * result is the interval from `date` to `end` (`end` may be `..`, ongoing).
 * Without `end` it is {@link parseDate}. Errors about `end` have
 * `field: 'end'` and offsets into `end`.
 *
 * @param date the event's `date` attribute
 * @param end the event's optional `end` attribute
 */
export function parseSpan(date: string, end?: string): DateResult<TimeSpan> {
  const parsed = parseDate(date)
  if (end === undefined || !parsed.ok) return parsed
  const span = parsed.value
  const startText = date.trim()
  const endText = end.trim()
  const lead = end.length - end.trimStart().length
  if (span.interval || span.start.kind !== 'date') {
    return fail(`date "${startText}" is already an interval, so it cannot also have an end; remove end, or write the whole interval in date`, {
      field: 'end',
      expected: 'either an interval in date and no end, or a single date in date and another in end',
    })
  }
  if (!endText) return fail('end is empty', { field: 'end', offset: 0, expected: EXPECTED_END })
  const start = span.start
  if (endText === '..') return { ok: true, value: intervalSpan(start, { kind: 'open' }, start.date) }

  const parsedEnd = parseDate(end)
  if (!parsedEnd.ok) return { ok: false, error: { ...parsedEnd.error, field: 'end', expected: EXPECTED_END } }
  const endBound = parsedEnd.value.start
  if (parsedEnd.value.interval || endBound.kind !== 'date') {
    return fail(`end "${endText}" is an interval; end must be a single date, or .. for ongoing`, {
      field: 'end',
      offset: lead,
      expected: EXPECTED_END,
    })
  }
  if (endsBeforeStart(start.date, endBound.date)) {
    return fail(`end (${endText}) is before date (${startText})`, { field: 'end', offset: lead, expected: EXPECTED_END })
  }
  return { ok: true, value: intervalSpan(start, endBound, start.date) }
}
