/**
 * TimelineJS date objects ↔ EDTF.
 *
 * Years before the common era. TimelineJS asks for BCE years as negative
 * numbers and labels them historically: its formatter writes `Math.abs(year)`
 * followed by the English era label "BCE" (TimelineJS3
 * `src/js/language/Language.js`, `formatJSDate` and `_applyEra`;
 * `era_labels.negative_year.suffix: "BCE"`). So TimelineJS `-44` is shown as
 * "44 BCE", and that is what its author meant. EDTF years are astronomical
 * (ISO 8601-2; docs/authoring.md, "Dates"): `0000` is 1 BC, `-0043` is 44 BC.
 * Hence TimelineJS year −n becomes EDTF 1 − n, and EDTF years ≤ 0 go back as
 * year − 1. TimelineJS has no label for year 0 (it shows "0"); it is read as
 * 1 BCE, with a warning, since no historical year 0 exists.
 */
import { daysInMonth, padNumber, utcDate } from '../time/calendar'
import type { Instant } from '../time/types'

/** A TimelineJS date object (https://timeline.knightlab.com/docs/json-format.html, "Date objects"), numbers already read. */
export interface TimelineJsDate {
  year: number
  month?: number | undefined
  day?: number | undefined
  hour?: number | undefined
  minute?: number | undefined
  second?: number | undefined
  millisecond?: number | undefined
  display_date?: string | undefined
}

/**
 * TimelineJS year → astronomical (EDTF) year: `-44` (shown "44 BCE") → `-43`.
 *
 * @param year a TimelineJS `year`
 */
export function astronomicalYear(year: number): number {
  return year < 0 ? year + 1 : year
}

/**
 * Astronomical (EDTF) year → TimelineJS year: `-43` (44 BC) → `-44`, `0` (1 BC) → `-1`.
 *
 * @param year an astronomical year, as in {@link Instant.year}
 */
export function timelineJsYear(year: number): number {
  return year <= 0 ? year - 1 : year
}

export type EdtfResult =
  | { ok: true; edtf: string; warnings: string[] }
  | { ok: false; message: string; /** The date part at fault, e.g. `day`. */ part?: keyof TimelineJsDate }

/**
 * Writes a TimelineJS date as EDTF with the precision it was given: year only
 * → `2022`, with month → `2022-02`, with day → `2022-02-24`, with any time
 * part → `2022-07-29T10:00:00` (EDTF times always carry seconds). TimelineJS
 * times have no offset (they are read in the viewer's zone), so none is written:
 * Dateline shows such times as written, with no zone.
 *
 * Refuses what would have to be invented: a day without its month, or a time
 * without its day. Warnings say what could not be carried (milliseconds, year 0,
 * months of years beyond four digits). The calendar itself (30 February) is
 * checked by the caller with the EDTF parser.
 *
 * @param date a TimelineJS date object
 */
export function timelineJsDateToEdtf(date: TimelineJsDate): EdtfResult {
  const { year, month, day, hour, minute, second, millisecond } = date
  if (day !== undefined && month === undefined) return { ok: false, message: 'a day needs a month', part: 'day' }
  const timeGiven = hour !== undefined || minute !== undefined || second !== undefined || millisecond !== undefined
  if (timeGiven && day === undefined) {
    const part = hour !== undefined ? 'hour' : minute !== undefined ? 'minute' : second !== undefined ? 'second' : 'millisecond'
    return { ok: false, message: 'a time needs a day (year, month and day)', part }
  }
  if (minute !== undefined && hour === undefined) return { ok: false, message: 'a minute needs an hour', part: 'minute' }
  if (second !== undefined && minute === undefined) return { ok: false, message: 'a second needs a minute', part: 'second' }

  const y = astronomicalYear(year)
  if (month !== undefined && day !== undefined && day > daysInMonth(y, month)) {
    const name = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(utcDate(2000, month - 1))
    const last = daysInMonth(y, month)
    return { ok: false, message: `expected a day from 1 to ${last} (${name} ${year} has ${last} days), found ${day}`, part: 'day' }
  }
  const warnings: string[] = []
  if (year === 0) warnings.push('year 0 has no BCE/CE equivalent (TimelineJS shows it as "0"); read as 1 BCE (EDTF 0000)')
  if (millisecond) warnings.push(`millisecond ${millisecond} not carried: EDTF times stop at whole seconds`)

  // EDTF writes years beyond four digits with a `Y` prefix and only as years (EDTF level 1, "Letter-prefixed calendar year").
  if (Math.abs(y) > 9999) {
    if (month !== undefined) warnings.push(`only the year is kept: EDTF cannot give months or days of year ${year}`)
    return { ok: true, edtf: `Y${y}`, warnings }
  }
  let edtf = padNumber(y, 4)
  if (month !== undefined) edtf += `-${padNumber(month, 2)}`
  if (day !== undefined) edtf += `-${padNumber(day, 2)}`
  if (hour !== undefined) edtf += `T${[hour, minute ?? 0, second ?? 0].map((n) => padNumber(n, 2)).join(':')}`
  return { ok: true, edtf, warnings }
}

/**
 * The parts of a parsed date that TimelineJS can hold, to the precision it was
 * written. Seasons and unspecified digits (`2022-XX`) keep only what is known;
 * the caller describes the rest in `display_date`. The written offset of a
 * time is not carried here (TimelineJS has none): the wall clock is.
 *
 * @param instant one end of a parsed span
 */
export function instantToTimelineJs(instant: Instant): TimelineJsDate {
  const out: TimelineJsDate = { year: timelineJsYear(instant.year) }
  if (instant.month !== undefined) out.month = instant.month
  if (instant.month !== undefined && instant.day !== undefined) out.day = instant.day
  if (instant.precision === 'time' && out.day !== undefined) {
    out.hour = instant.hour ?? 0
    out.minute = instant.minute ?? 0
    out.second = instant.second ?? 0
  }
  return out
}
