/**
 * Hints for dates the edtf package refuses: each recognises a common mistake
 * and proposes a fix, which is shown only if it is itself a valid date. The
 * regular expressions here never decide what is valid.
 */
import { daysInMonth, padNumber, utcDate, ymd } from './calendar'
import type { Check } from './date-failure'
import { formatInstant } from './format'

function monthLabel(year: number, month: number): string {
  const min = utcDate(year, month - 1).getTime()
  return formatInstant({ edtf: '', min, max: min, precision: 'month', approximate: false, uncertain: false, unspecified: false, year, month }, 'en')
}

function dayLabel(text: string, check: Check): string {
  const r = check(text)
  return r.ok && r.value.start.kind === 'date' ? formatInstant(r.value.start.date, 'en') : text
}

export interface Hint {
  hint: string
  /** Where the mistake is, when more precise than the parser's stopping point. */
  offset?: number
}

/** `2022-02-30` → "did you mean 2022-02-28? February 2022 has 28 days" (also `2022-02-29`, which the package lets through). */
export function impossibleDayHint(text: string, check: Check): Hint | undefined {
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
    return { hint: check(fixed).ok ? `did you mean ${fixed}? ${reason}` : reason, offset: at }
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

/** `02/24/2022`, `24/02/2022`, `24.02.2022` → `2022-02-24`; asks when both readings are possible. */
function numericOrderHint(text: string, check: Check): Hint | undefined {
  const m = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/.exec(text)
  if (!m) return undefined
  const [, a = '', , b = '', year = ''] = m
  const first = Number(a)
  const second = Number(b)
  const monthFirst = ymd(year, first, second)
  const dayFirst = ymd(year, second, first)
  const readings = [...new Set([monthFirst, dayFirst])].filter((t) => check(t).ok)
  const [only, other] = readings
  if (only === undefined) return undefined
  if (other === undefined) return { hint: `did you mean ${only}? ${YMD_REASON}`, offset: 0 }
  return {
    hint: `did you mean ${only} (${dayLabel(only, check)}) or ${other} (${dayLabel(other, check)})? ${YMD_REASON}`,
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
function monthNameHint(text: string, check: Check): Hint | undefined {
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
  if (candidate === undefined || !check(candidate).ok) return undefined
  return { hint: `did you mean ${candidate}? ${YMD_REASON}, in numbers`, offset: 0 }
}

/** `c. 2022`, `circa 2022`, `about 2022` → `2022~` (EDTF level 1 approximate). */
function circaHint(text: string, check: Check): Hint | undefined {
  // The date must follow directly, so `c` cannot swallow the start of `circa`.
  const m = /^(?:circa|approximately|approx\.?|about|around|ca\.?|c\.?)\s*(-?\d.*)$/i.exec(text)
  const candidate = m ? `${m[1]}~` : undefined
  if (candidate === undefined) return undefined
  const r = check(candidate)
  if (!r.ok || r.value.interval) return undefined
  return { hint: `did you mean ${candidate}? EDTF marks an approximate date with ~`, offset: 0 }
}

/** `2022-2-4` → `2022-02-04`. */
function twoDigitHint(text: string, check: Check): Hint | undefined {
  const fixed = text.replace(/(\d{4})-(\d{1,2})(?!\d)(?:-(\d{1,2})(?!\d))?/g, (whole, y: string, mm: string, dd?: string) =>
    `${y}-${mm.padStart(2, '0')}${dd === undefined ? '' : `-${dd.padStart(2, '0')}`}`,
  )
  if (fixed === text || !check(fixed).ok) return undefined
  return { hint: `did you mean ${fixed}? months and days are written with two digits` }
}

/** `2022-02-24 10:00:00Z` → `…T…`; `2021-06-16 / 2021-06-17` → no spaces. */
function whitespaceHint(text: string, check: Check): Hint | undefined {
  const at = text.search(/\s/)
  if (at < 0) return undefined
  const candidates = [text.replace(/(\d)\s+(?=\d{2}:)/, '$1T'), text.replace(/\s+/g, '')]
  const fixed = candidates.find((t) => check(t).ok)
  return fixed === undefined ? undefined : { hint: `did you mean ${fixed}? EDTF dates contain no spaces`, offset: at }
}

const HINTS = [impossibleDayHint, monthHint, numericOrderHint, monthNameHint, circaHint, twoDigitHint, whitespaceHint]

/**
 * The first hint that applies to a date the package refused, if any.
 *
 * @param text the refused date, trimmed
 * @param check the parser without hints, to vet proposed fixes
 */
export function hintFor(text: string, check: Check): Hint | undefined {
  for (const find of HINTS) {
    const found = find(text, check)
    if (found) return found
  }
  return undefined
}

