/**
 * Small calendar facts shared by parsing (hints) and formatting. Proleptic
 * Gregorian with astronomical year numbering, as EDTF / ISO 8601 prescribe:
 * year 0 is 1 BCE, year -1 is 2 BCE.
 */

/** Leap years in the proleptic Gregorian calendar; works for year 0 and negative years (0, -4, -400 are leap). */
function isLeapYear(year: number): boolean {
  // `%` keeps the sign in JS, but we only compare with 0, so negative years work.
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Days in a month, `month` 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * A UTC `Date` for astronomical `year` (month 0-based). Uses `setUTCFullYear`
 * because `Date.UTC(44, …)` would silently mean 1944.
 */
export function utcDate(year: number, monthIndex = 0, day = 1, hour = 0, minute = 0, second = 0): Date {
  const d = new Date(0)
  d.setUTCFullYear(year, monthIndex, day)
  d.setUTCHours(hour, minute, second, 0)
  return d
}

/** The UTC calendar year that contains `ms`. */
export function utcYear(ms: number): number {
  return new Date(ms).getUTCFullYear()
}

/** `n` as at least `width` digits, sign first (`-44` → `-0044`): the ISO 8601 / EDTF shape. */
export function padNumber(n: number, width: number): string {
  const digits = String(Math.abs(n)).padStart(width, '0')
  return n < 0 ? `-${digits}` : digits
}

/** An offset in minutes as ISO 8601 `±hh:mm` (0 → `Z`). */
export function isoOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z'
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${sign}${padNumber(Math.floor(abs / 60), 2)}:${padNumber(abs % 60, 2)}`
}

/** An ISO 8601 calendar day or month from its numbers: `ymd('2022', 2, 4)` is `2022-02-04`. */
export function ymd(year: string, month: number, day?: number): string {
  return [padNumber(Number(year), 4), padNumber(month, 2), ...(day === undefined ? [] : [padNumber(day, 2)])].join('-')
}
