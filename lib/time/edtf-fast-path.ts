/**
 * A fast path in front of the edtf package's parser for the forms most events
 * use; see {@link parseEdtfFast}.
 */
import { parse as parseEdtf, type ParseResult } from 'edtf'

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
  if (q === undefined) return { type: 'Date', level: 0, values }
  return { type: 'Date', level: 1, values, ...(q !== '?' ? { approximate: true } : {}), ...(q !== '~' ? { uncertain: true } : {}) }
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
    const ends: (number | ParseResult | null)[] = []
    const dates: ParseResult[] = []
    for (const part of parts) {
      const date = part === '..' || part === '' ? undefined : plainDate(part)
      if (date) dates.push(date)
      else if (part !== '..' && part !== '') return parseEdtf(text)
      ends.push(part === '..' ? Infinity : (date ?? null))
    }
    if (dates.length > 0) {
      const level = dates.length < 2 ? 1 : Math.max(...dates.map((d) => d.level ?? 0))
      return { values: ends, type: 'Interval', level }
    }
  }
  return parseEdtf(text)
}

