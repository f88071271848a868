/**
 * Dates as Dateline understands them: every EDTF string is parsed once, at the
 * edge, into a TimeSpan. Everything downstream (sorting, layout, display) works
 * on these plain values in UTC milliseconds and never re-parses text.
 */

/** How finely a date was written. `time` covers any EDTF date-time (hh:mm:ss). */
export type Precision = 'year' | 'month' | 'day' | 'time'

/** One written EDTF date (a whole date, or one end of an interval). */
export interface Instant {
  /** The EDTF text of this date as written, e.g. `2022-02~`. */
  edtf: string
  /** First millisecond covered, UTC (proleptic Gregorian, astronomical years). */
  min: number
  /** Last millisecond covered, UTC, inclusive: `2022-02` ends at 2022-02-28T23:59:59.999Z. */
  max: number
  precision: Precision
  /** `~` or `%` anywhere in the date (EDTF level 1). */
  approximate: boolean
  /** `?` or `%` anywhere in the date (EDTF level 1). */
  uncertain: boolean
  /** Any `X` digit (EDTF level 1/2 unspecified digits). */
  unspecified: boolean
  /** Astronomical year: 0 is 1 BCE, -1 is 2 BCE (ISO 8601 / EDTF). */
  year: number
  /** 1–12, when written. */
  month?: number
  /** 1–31, when written. */
  day?: number
  hour?: number
  minute?: number
  second?: number
  /**
   * The UTC offset written in the source, in minutes east of UTC (`+05:00` → 300,
   * `Z` → 0). Undefined when no offset was written. Times are displayed in this
   * offset, not in the reader's or the server's zone.
   */
  offsetMinutes?: number
  /**
   * ISO 8601-2 / EDTF level 1 season code when the date is a season (`2022-21`:
   * 21 spring … 24 winter; level 2 adds 25–41 for hemispheres, quarters, halves).
   * `month` is then undefined and `min`/`max` are the edtf package's months for it.
   */
  season?: number
}

/**
 * One end of a span. `open` is EDTF `..` (goes on / began long before);
 * `unknown` is an empty side of an interval (`2022-02/`): there is an end, we do not know it.
 */
export type Bound =
  | { kind: 'date'; date: Instant }
  | { kind: 'open' }
  | { kind: 'unknown' }

/** What an event's `date` (and optional `end`) describe. */
export interface TimeSpan {
  /** Canonical EDTF text: a single date (`2022-02~`) or an interval (`2021-06-16/2021-06-17`, `2022-02-17/..`). */
  edtf: string
  /** True for intervals (written with `/`, or as `date` plus `end`). */
  interval: boolean
  start: Bound
  /** For a single date, the same Instant as `start`. */
  end: Bound
  /**
   * Finite extent to draw and sort by, UTC ms, inclusive. For open or unknown
   * ends it is the known end's own extent (drawing decides how to fade it out).
   */
  min: number
  max: number
}

/** A parse failure located inside the parsed string (0-based offset) for the loader to map to file:line:column. */
export interface DateError {
  message: string
  /** 0-based offset into the string where the problem starts, when known. */
  offset?: number
  /** What would have been accepted, e.g. "an EDTF date such as 2022-02-24, 2022-02 or 2022". */
  expected: string
  /** A concrete suggestion, e.g. "did you mean 2022-02-28? February 2022 has 28 days". */
  hint?: string
  /**
   * Which attribute `offset` points into when two strings were parsed together
   * (`parseSpan(date, end)`); undefined means `date`.
   */
  field?: 'date' | 'end'
}

export type DateResult<T> = { ok: true; value: T } | { ok: false; error: DateError }
