import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseDate, parseSpan } from './parse'
import type { Bound, DateError, Instant, TimeSpan } from './types'

/** UTC ms for an astronomical year (Date.UTC alone would turn years 0–99 into 1900–1999). */
function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  const d = new Date(Date.UTC(2000, 0, 1, hour, minute, second))
  d.setUTCFullYear(year, month - 1, day)
  return d.getTime()
}

function ok(text: string): TimeSpan {
  const r = parseDate(text)
  if (!r.ok) assert.fail(`expected ${JSON.stringify(text)} to parse: ${r.error.message}`)
  return r.value
}

function err(text: string): DateError {
  const r = parseDate(text)
  if (r.ok) assert.fail(`expected ${JSON.stringify(text)} to be rejected, got ${r.value.edtf}`)
  return r.error
}

function date(b: Bound): Instant {
  if (b.kind !== 'date') assert.fail(`expected a date bound, got ${b.kind}`)
  return b.date
}

function only(text: string): Instant {
  const s = ok(text)
  assert.equal(s.interval, false)
  return date(s.start)
}

// Level 0 dates

test('2022-02-24 spans exactly that day in UTC', () => {
  const s = ok('2022-02-24')
  assert.equal(s.edtf, '2022-02-24')
  assert.equal(s.interval, false)
  assert.equal(s.min, utc(2022, 2, 24))
  assert.equal(s.max, utc(2022, 2, 25) - 1)
  assert.deepEqual(s.start, s.end)
})

test('2022-02-24 records day precision and its year, month and day', () => {
  const i = only('2022-02-24')
  assert.equal(i.precision, 'day')
  assert.equal(i.year, 2022)
  assert.equal(i.month, 2)
  assert.equal(i.day, 24)
  assert.equal(i.approximate, false)
  assert.equal(i.uncertain, false)
  assert.equal(i.unspecified, false)
})

test('2022-02 spans the whole of February 2022', () => {
  const i = only('2022-02')
  assert.equal(i.precision, 'month')
  assert.equal(i.min, utc(2022, 2, 1))
  assert.equal(i.max, utc(2022, 3, 1) - 1)
  assert.equal(i.day, undefined)
})

test('2022 spans the whole year', () => {
  const i = only('2022')
  assert.equal(i.precision, 'year')
  assert.equal(i.min, utc(2022))
  assert.equal(i.max, utc(2023) - 1)
  assert.equal(i.month, undefined)
})

test('surrounding whitespace is ignored', () => {
  assert.equal(ok('  2022-02-24\n').edtf, '2022-02-24')
})

// Date-times

test('a date-time with +05:00 is placed in UTC but remembers the written offset', () => {
  const i = only('2022-07-29T10:00:00+05:00')
  assert.equal(i.precision, 'time')
  assert.equal(i.min, utc(2022, 7, 29, 5))
  assert.equal(i.max, i.min)
  assert.equal(i.offsetMinutes, 300)
  assert.deepEqual([i.hour, i.minute, i.second], [10, 0, 0])
})

test('a date-time keeps its written wall clock and offset in its EDTF text', () => {
  assert.equal(ok('2022-07-29T10:00:00+05:00').edtf, '2022-07-29T10:00:00+05:00')
})

test('a date-time in Z has offset 0', () => {
  const i = only('2022-07-29T10:00:00Z')
  assert.equal(i.offsetMinutes, 0)
  assert.equal(i.min, utc(2022, 7, 29, 10))
  assert.equal(i.edtf, '2022-07-29T10:00:00Z')
})

test('a half-hour offset is kept in minutes', () => {
  assert.equal(only('2022-07-29T10:00:00+05:30').offsetMinutes, 330)
  assert.equal(only('2022-07-29T10:00:00-03:30').offsetMinutes, -210)
})

test('a date-time without offset is floating: no offsetMinutes, placed as if UTC', () => {
  const i = only('2022-07-29T10:00:00')
  assert.equal(i.offsetMinutes, undefined)
  assert.equal(i.min, utc(2022, 7, 29, 10))
  assert.equal(i.edtf, '2022-07-29T10:00:00')
})

// Level 1 qualifiers and unspecified digits

test('2022-02~ is approximate, not uncertain', () => {
  const i = only('2022-02~')
  assert.equal(i.approximate, true)
  assert.equal(i.uncertain, false)
  assert.equal(i.edtf, '2022-02~')
  assert.equal(i.min, utc(2022, 2, 1))
})

test('2021? is uncertain, not approximate', () => {
  const i = only('2021?')
  assert.equal(i.uncertain, true)
  assert.equal(i.approximate, false)
})

test('2022-07-29% is both approximate and uncertain', () => {
  const i = only('2022-07-29%')
  assert.equal(i.approximate, true)
  assert.equal(i.uncertain, true)
})

test('2022-XX has month precision but an unknown month, so it spans the whole year', () => {
  const i = only('2022-XX')
  assert.equal(i.unspecified, true)
  assert.equal(i.precision, 'month')
  assert.equal(i.month, undefined)
  assert.equal(i.min, utc(2022))
  assert.equal(i.max, utc(2023) - 1)
})

test('2022-02-XX knows the month but not the day', () => {
  const i = only('2022-02-XX')
  assert.equal(i.month, 2)
  assert.equal(i.day, undefined)
  assert.equal(i.max, utc(2022, 3, 1) - 1)
})

test('201X spans the decade 2010–2019', () => {
  const i = only('201X')
  assert.equal(i.min, utc(2010))
  assert.equal(i.max, utc(2020) - 1)
})

test('a season (2022-21) is a month-precision span with the edtf package’s extent', () => {
  const i = only('2022-21')
  assert.equal(i.precision, 'month')
  assert.equal(i.season, 21)
  assert.equal(i.month, undefined)
  assert.equal(i.min, utc(2022, 1, 1))
  assert.equal(i.max, utc(2022, 4, 1) - 1)
})

test('a Y-prefixed year (level 1) beyond four digits is a year', () => {
  const i = only('Y-20000')
  assert.equal(i.precision, 'year')
  assert.equal(i.year, -20000)
  assert.equal(i.min, utc(-20000))
})

// BCE

test('-0044-03-15 is astronomical year -44 (45 BCE)', () => {
  const i = only('-0044-03-15')
  assert.equal(i.year, -44)
  assert.equal(i.month, 3)
  assert.equal(i.day, 15)
  assert.equal(i.min, utc(-44, 3, 15))
  assert.equal(i.max, utc(-44, 3, 16) - 1)
})

test('0000 is astronomical year 0 (1 BCE)', () => {
  const i = only('0000')
  assert.equal(i.year, 0)
  assert.equal(i.min, utc(0))
  assert.equal(i.max, utc(1) - 1)
})

// Intervals

test('2021-06-16/2021-06-17 is an interval covering both days', () => {
  const s = ok('2021-06-16/2021-06-17')
  assert.equal(s.interval, true)
  assert.equal(s.edtf, '2021-06-16/2021-06-17')
  assert.equal(date(s.start).day, 16)
  assert.equal(date(s.end).day, 17)
  assert.equal(s.min, utc(2021, 6, 16))
  assert.equal(s.max, utc(2021, 6, 18) - 1)
})

test('2022-02-17/.. has an open end and the start’s own extent', () => {
  const s = ok('2022-02-17/..')
  assert.equal(s.end.kind, 'open')
  assert.equal(s.edtf, '2022-02-17/..')
  assert.equal(s.min, utc(2022, 2, 17))
  assert.equal(s.max, utc(2022, 2, 18) - 1)
})

test('../2022 has an open start', () => {
  const s = ok('../2022')
  assert.equal(s.start.kind, 'open')
  assert.equal(s.edtf, '../2022')
  assert.equal(s.min, utc(2022))
  assert.equal(s.max, utc(2023) - 1)
})

test('2022-02/ has an unknown end', () => {
  const s = ok('2022-02/')
  assert.equal(s.end.kind, 'unknown')
  assert.equal(s.edtf, '2022-02/')
  assert.equal(s.max, utc(2022, 3, 1) - 1)
})

test('/2022 has an unknown start', () => {
  const s = ok('/2022')
  assert.equal(s.start.kind, 'unknown')
  assert.equal(s.edtf, '/2022')
})

test('each end of an interval keeps its own qualifiers', () => {
  const s = ok('2022~/2023?')
  assert.equal(date(s.start).approximate, true)
  assert.equal(date(s.start).uncertain, false)
  assert.equal(date(s.end).uncertain, true)
})

test('an interval may end inside its start’s year (2022/2022-03)', () => {
  const s = ok('2022/2022-03')
  assert.equal(s.min, utc(2022))
  assert.equal(s.max, utc(2022, 4, 1) - 1)
})

test('an interval may start and end on the same day', () => {
  assert.equal(ok('2022-02-17/2022-02-17').interval, true)
})

test('an interval whose end is before its start is rejected, naming both', () => {
  const e = err('2022/2021')
  assert.match(e.message, /2021/)
  assert.match(e.message, /2022/)
  assert.match(e.message, /before/)
  assert.equal(e.offset, 5)
})

test('an interval with both ends open or unknown is rejected', () => {
  assert.match(err('../..').message, /at least one date/)
  assert.match(err('/').message, /at least one date/)
  assert.match(err('../').message, /at least one date/)
})

// Refusals

test('an empty date is rejected as "date is empty"', () => {
  assert.equal(err('').message, 'date is empty')
  assert.equal(err('   ').message, 'date is empty')
})

test('a set of dates [2022,2023] is not one event date', () => {
  const e = err('[2022,2023]')
  assert.match(e.message, /set of dates/)
  assert.match(e.message, /interval/)
})

test('a list of dates {2022,2023} is not one event date', () => {
  assert.match(err('{2022,2023}').message, /set of dates/)
})

test('a decade or century written with dropped digits suggests X digits', () => {
  assert.match(err('202').hint ?? '', /did you mean 202X\?/)
  assert.match(err('20').hint ?? '', /did you mean 20XX\?/)
})

test('a year beyond what a JS Date can hold is rejected', () => {
  assert.match(err('Y170000002').message, /outside the range/)
})

test('every error says what would have been accepted', () => {
  assert.match(err('hello').expected, /2022-02-24/)
  assert.match(err('hello').expected, /interval/)
})

// Error locations

test('a syntax error reports the 0-based offset where parsing stopped', () => {
  const e = err('2022-02-30')
  assert.equal(e.message, '"2022-02-30" is not a valid EDTF date')
  assert.equal(e.offset, 8)
})

test('error offsets count leading whitespace in the string as given', () => {
  assert.equal(err('  2022-02-30').offset, 10)
})

test('input that ends too early is reported at its end', () => {
  assert.equal(err('2022-').offset, 5)
})

// Hints

test('an impossible day suggests the last day of the month', () => {
  assert.equal(err('2022-02-30').hint, 'did you mean 2022-02-28? February 2022 has 28 days')
})

test('30 February in a leap year suggests the 29th', () => {
  assert.equal(err('2024-02-30').hint, 'did you mean 2024-02-29? February 2024 has 29 days')
})

test('31 April suggests the 30th', () => {
  assert.equal(err('2022-04-31').hint, 'did you mean 2022-04-30? April 2022 has 30 days')
})

test('29 February of a common year is rejected (the edtf package would roll it to 1 March)', () => {
  const e = err('2022-02-29')
  assert.equal(e.hint, 'did you mean 2022-02-28? February 2022 has 28 days')
  assert.equal(e.offset, 8)
})

test('leap years follow the proleptic Gregorian century rule', () => {
  assert.equal(only('2000-02-29').day, 29)
  assert.equal(err('1900-02-29').hint, 'did you mean 1900-02-28? February 1900 has 28 days')
})

test('leap years before the common era count astronomically (-0044 is leap, -0043 is not)', () => {
  assert.equal(only('-0044-02-29').day, 29)
  assert.equal(err('-0043-02-29').hint, 'did you mean -0043-02-28? February 44 BC has 28 days')
})

test('an impossible day inside an interval suggests the whole corrected interval', () => {
  assert.equal(err('2022-02-30/2022-03-05').hint, 'did you mean 2022-02-28/2022-03-05? February 2022 has 28 days')
})

test('month 13 says months run from 01 to 12 and points at the month', () => {
  const e = err('2022-13')
  assert.equal(e.hint, 'months run from 01 to 12')
  assert.equal(e.offset, 5)
})

test('a US-style 02/24/2022 suggests 2022-02-24', () => {
  assert.equal(err('02/24/2022').hint, 'did you mean 2022-02-24? EDTF dates are written year-month-day')
})

test('a day-first 24/02/2022 suggests 2022-02-24', () => {
  assert.equal(err('24/02/2022').hint, 'did you mean 2022-02-24? EDTF dates are written year-month-day')
})

test('an ambiguous 04/02/2022 offers both readings', () => {
  const hint = err('04/02/2022').hint ?? ''
  assert.match(hint, /2022-04-02/)
  assert.match(hint, /2022-02-04/)
})

test('February 24, 2022 suggests 2022-02-24', () => {
  assert.match(err('February 24, 2022').hint ?? '', /^did you mean 2022-02-24\?/)
})

test('24 Feb 2022 suggests 2022-02-24', () => {
  assert.match(err('24 Feb 2022').hint ?? '', /^did you mean 2022-02-24\?/)
})

test('February 2022 suggests 2022-02', () => {
  assert.match(err('February 2022').hint ?? '', /^did you mean 2022-02\?/)
})

test('single-digit month and day (2022-2-4) suggest 2022-02-04', () => {
  assert.equal(err('2022-2-4').hint, 'did you mean 2022-02-04? months and days are written with two digits')
})

test('a time without seconds is rejected with the seconds added as a hint', () => {
  const e = err('2022-07-29T10:00+05:00')
  assert.equal(e.hint, 'did you mean 2022-07-29T10:00:00+05:00? EDTF times are written hh:mm:ss')
  assert.equal(e.offset, 16)
})

test('fractional seconds are rejected with whole seconds as a hint', () => {
  assert.match(err('2022-07-29T10:00:00.5Z').hint ?? '', /^did you mean 2022-07-29T10:00:00Z\?/)
})

test('c. 2022 suggests 2022~', () => {
  assert.equal(err('c. 2022').hint, 'did you mean 2022~? EDTF marks an approximate date with ~')
})

test('circa 2022 suggests 2022~', () => {
  assert.match(err('circa 2022').hint ?? '', /^did you mean 2022~\?/)
})

test('a space between date and time suggests T', () => {
  assert.match(err('2022-02-24 10:00:00Z').hint ?? '', /^did you mean 2022-02-24T10:00:00Z\?/)
})

test('spaces around the interval slash suggest removing them', () => {
  assert.match(err('2021-06-16 / 2021-06-17').hint ?? '', /^did you mean 2021-06-16\/2021-06-17\?/)
})

test('nonsense gets no hint', () => {
  assert.equal(err('hello').hint, undefined)
})

// parseSpan: <Event date end>

test('parseSpan without end is parseDate', () => {
  assert.deepEqual(parseSpan('2022-02~'), parseDate('2022-02~'))
})

test('parseSpan with end makes an interval from date to end', () => {
  const r = parseSpan('2022-01-10', '2022-01-12')
  assert.ok(r.ok)
  assert.equal(r.value.interval, true)
  assert.equal(r.value.edtf, '2022-01-10/2022-01-12')
  assert.equal(r.value.min, utc(2022, 1, 10))
  assert.equal(r.value.max, utc(2022, 1, 13) - 1)
})

test('parseSpan with end .. is open-ended', () => {
  const r = parseSpan('2022-01-10', '..')
  assert.ok(r.ok)
  assert.equal(r.value.end.kind, 'open')
  assert.equal(r.value.edtf, '2022-01-10/..')
})

test('parseSpan rejects an end before the date, naming both', () => {
  const r = parseSpan('2022-01-10', '2021')
  assert.ok(!r.ok)
  assert.equal(r.error.message, 'end (2021) is before date (2022-01-10)')
  assert.equal(r.error.field, 'end')
})

test('parseSpan rejects an end when date is already an interval', () => {
  const r = parseSpan('2022-01-10/2022-02', '2023')
  assert.ok(!r.ok)
  assert.match(r.error.message, /already an interval/)
})

test('parseSpan rejects an interval as end', () => {
  const r = parseSpan('2022', '2023/2024')
  assert.ok(!r.ok)
  assert.match(r.error.message, /single date/)
})

test('parseSpan reports a bad end inside end, with its hint', () => {
  const r = parseSpan('2022-01-10', ' 2022-13')
  assert.ok(!r.ok)
  assert.equal(r.error.field, 'end')
  assert.equal(r.error.offset, 6)
  assert.equal(r.error.hint, 'months run from 01 to 12')
})

test('parseSpan rejects an empty end', () => {
  const r = parseSpan('2022', '')
  assert.ok(!r.ok)
  assert.equal(r.error.message, 'end is empty')
})

test('parseSpan passes a bad date through unchanged', () => {
  assert.deepEqual(parseSpan('2022-02-30', '2023'), parseDate('2022-02-30'))
})

test('plain and qualified dates, and intervals of them, parse exactly as the edtf package parses them', async () => {
  const { parse } = await import('edtf')
  const { parseEdtfFast } = await import('./edtf-fast-path')
  const samples = ['2022', '0000', '-0043', '-0043-03-15', '1999-12', '2024-02-29', '1900-02-28', '0099-07-04', '9999-12-31', '-9999-01-01']
  // Qualified dates, intervals with open, unknown and qualified ends, and near misses that must go to the package.
  samples.push('2022~', '2021?', '2022-07-29%', '2022-02~', '-0043-03-15?', '2022-02-30~', '2022-13?', '2022~?', '2022?~')
  samples.push('2021-06-16/2021-06-17', '2022-02/..', '2022-02/', '../2022', '/2022', '2022-02-17~/2022-03?', '2020/2021%', '../..', '/', '2022/2021', '2022/2023/2024', '2022-02-30/2022-03')
  for (let y = 1996; y <= 2001; y++) for (let m = 1; m <= 12; m++) for (const d of [1, 28, 29, 30, 31]) samples.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  for (const text of samples) {
    let expected: unknown
    try {
      expected = parse(text)
    } catch {
      expected = 'error'
    }
    let actual: unknown
    try {
      actual = parseEdtfFast(text)
    } catch {
      actual = 'error'
    }
    assert.deepEqual(actual, expected, text)
  }
})
