/**
 * Minimal local typings for the `edtf` package (v4, https://github.com/inukshuk/edtf.js),
 * which ships none. Only what lib/time uses is declared; the shapes were checked
 * against edtf 4.11 at runtime.
 */
declare module 'edtf' {
  /** Every kind of value the parser can produce. */
  export type EDTFType = 'Date' | 'Interval' | 'Season' | 'Set' | 'List' | 'Year' | 'Decade' | 'Century'

  /** Per-digit flags, bit i = i-th character of `YYYYMMDD` (year 15, month 48, day 192). */
  export interface Bitmask {
    readonly value: number
  }

  /**
   * The raw result of `parse`: the values exactly as written (months 0-based,
   * times NOT converted to UTC). Inside an interval, an endpoint with unspecified
   * digits comes back without `type`; `Infinity` stands for `..` and `null` for an empty side.
   */
  export interface ParseResult {
    type?: EDTFType
    level?: number
    values: ReadonlyArray<number | ParseResult | null>
    /** Minutes east of UTC as written; `-0`/`0` when no offset was written. */
    offset?: number
    /** The written offset normalized to `±hh:mm` (`Z` → `+00:00`); undefined when none was written. */
    timeZone?: string
    approximate?: boolean | number
    uncertain?: boolean | number
    unspecified?: number
  }

  /** A parsed EDTF value. Dates are UTC `Date` subclasses. */
  export interface EDTFObject {
    readonly type: EDTFType
    /** Canonical EDTF text; for a date-time this is the UTC ISO string (the written offset is lost). */
    readonly edtf: string
    /** First ms covered, UTC. `-Infinity` for an interval opening with `..`, `null` for an empty side, `NaN` when out of range. */
    readonly min: number | null
    /** Last ms covered, UTC, inclusive. `Infinity` for `..`, `null` for an empty side. */
    readonly max: number | null
    readonly values: ReadonlyArray<unknown>
    /** 0 = full date-time, 1 = year, 2 = month, 3 = day (Dates and Intervals only). */
    readonly precision?: number
    readonly approximate?: Bitmask
    readonly uncertain?: Bitmask
    readonly unspecified?: Bitmask
    /** Interval ends: a date, `Infinity` for `..`, `null` for an empty side. */
    readonly lower?: EDTFObject | number | null
    readonly upper?: EDTFObject | number | null
  }

  export interface ParseConstraints {
    level?: 0 | 1 | 2 | 3
    types?: EDTFType[]
  }

  /** Parses EDTF text into a raw result; throws `Error('Syntax error at line 1 col N: …')` on bad input. */
  export function parse(input: string, constraints?: ParseConstraints): ParseResult

  /** Parses EDTF text (or builds from a raw result) into an EDTF object. */
  export default function edtf(input: string | ParseResult): EDTFObject
}
