/**
 * Human-readable and machine-readable (`<time datetime>`) renderings of parsed
 * dates. All calendar text comes from `Intl.DateTimeFormat` in UTC so that the
 * output never depends on the server's or reader's time zone; times are shown
 * in the offset the writer wrote. The words around dates (qualifiers, open ends,
 * the dash of a joined range) come from the locale's messages (lib/i18n).
 */
import { dateWordsFor, type DateWords } from '../i18n/date-words'
import { fill } from '../i18n/plural'
import { isoOffset, padNumber, utcYear } from './calendar'
import type { Bound, Instant, TimeSpan } from './types'

export type Style = 'long' | 'short'

/**
 * What can actually be shown for an instant: `years` when some year digits are
 * unspecified (`201X`), `season` for ISO 8601-2 seasons, otherwise the finest
 * fully known precision (`2022-XX` is shown as a year).
 */
type Shown = 'years' | 'season' | 'year' | 'month' | 'day' | 'time'

// Layout formats thousands of labels; the words are found once per locale, as the formatters are.
const wordsByLocale = new Map<string, DateWords>()
function wordsFor(locale: string): DateWords {
  let words = wordsByLocale.get(locale)
  if (!words) wordsByLocale.set(locale, (words = dateWordsFor(locale)))
  return words
}

const SHOWN_INDEX: Record<Shown, number> = { years: 0, season: 1, year: 2, month: 3, day: 4, time: 5 }

/** Per locale, the formatters built so far, at index {@link formatterIndex}. */
const formatters = new Map<string, (Intl.DateTimeFormat | undefined)[]>()

function formatterIndex(what: Shown, style: Style, bce: boolean, seconds: boolean): number {
  return ((SHOWN_INDEX[what] * 2 + (style === 'long' ? 1 : 0)) * 2 + (bce ? 1 : 0)) * 2 + (seconds ? 1 : 0)
}

/** The formatter for {@link intlOptions}`(what, style, bce, seconds)` in `locale`. */
function dateTimeFormat(locale: string, what: Shown, style: Style, bce: boolean, seconds: boolean): Intl.DateTimeFormat {
  // Formatting a long timeline asks for the same few formatters thousands of times; they are found by
  // what their options are made from, without building the options or a key string each time.
  let built = formatters.get(locale)
  if (!built) {
    built = []
    formatters.set(locale, built)
  }
  const index = formatterIndex(what, style, bce, seconds)
  let formatter = built[index]
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...intlOptions(what, style, bce, seconds), timeZone: 'UTC' })
    built[index] = formatter
  }
  return formatter
}

function shown(i: Instant): Shown {
  if (i.season !== undefined) return 'season'
  if (i.unspecified) {
    // EDTF level 1 `X` digits: show only the part of the date that is known.
    if (utcYear(i.min) !== utcYear(i.max)) return 'years'
    if (i.month === undefined) return 'year'
    if (i.day === undefined) return 'month'
  }
  return i.precision
}

/**
 * The moment to hand to Intl (which formats in UTC): for times, the wall clock
 * of the written offset; a time without offset is floating and kept as written.
 */
function wallClock(i: Instant): Date {
  return new Date(i.min + (i.precision === 'time' ? (i.offsetMinutes ?? 0) * 60_000 : 0))
}

function intlOptions(what: Shown, style: Style, bce: boolean, seconds: boolean): Intl.DateTimeFormatOptions {
  const month = style === 'long' ? 'long' : 'short'
  // Astronomical years ≤ 0 need an era ("44 BC"); CE years read fine without one.
  const era: Intl.DateTimeFormatOptions = bce ? { era: 'short' } : {}
  switch (what) {
    case 'years':
    case 'year':
      return { year: 'numeric', ...era }
    case 'season':
    case 'month':
      return { month, year: 'numeric', ...era }
    case 'day':
      return { day: 'numeric', month, year: 'numeric', ...era }
    case 'time':
      return {
        day: 'numeric',
        month,
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        ...(seconds ? { second: '2-digit' } : {}),
        ...era,
      }
  }
}

/** "UTC", "UTC+5", "UTC+5:30", "UTC-3:30" for a written offset. */
export function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC'
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  const minutes = abs % 60
  return `UTC${sign}${Math.floor(abs / 60)}${minutes ? `:${padNumber(minutes, 2)}` : ''}`
}

function withOffset(text: string, i: Instant): string {
  return i.precision === 'time' && i.offsetMinutes !== undefined ? `${text} ${offsetLabel(i.offsetMinutes)}` : text
}

/** Whether the date as shown names its day (see the `…Day` date words). */
function namesDay(i: Instant): boolean {
  const what = shown(i)
  return what === 'day' || what === 'time'
}

/** EDTF level 1 qualifiers, in the locale's words: `~` reads "c. …", `?` reads "…?", `%` both. */
function qualify(text: string, i: Instant, words: DateWords): string {
  const approximate = i.approximate ? fill(namesDay(i) ? words.circaDay : words.circa, { date: text }) : text
  return i.uncertain ? fill(words.uncertain, { date: approximate }) : approximate
}

function hasSeconds(i: Instant): boolean {
  return i.precision === 'time' && wallClock(i).getUTCSeconds() !== 0
}

function formatBare(i: Instant, locale: string, style: Style): string {
  const what = shown(i)
  if (what === 'years' || what === 'season') {
    // A span inside one written date (`201X`, `2022-21`): let Intl phrase the range.
    const bce = utcYear(i.min) <= 0
    return dateTimeFormat(locale, what, style, bce, false).formatRange(new Date(i.min), new Date(i.max))
  }
  const date = wallClock(i)
  const text = dateTimeFormat(locale, what, style, date.getUTCFullYear() <= 0, hasSeconds(i)).format(date)
  return withOffset(text, i)
}

function formatInstantStyled(i: Instant, locale: string, style: Style): string {
  return qualify(formatBare(i, locale, style), i, wordsFor(locale))
}

/** Both ends can share one Intl range ("June 16 – 17, 2021") only when they read the same way. */
function rangeable(a: Instant, b: Instant): boolean {
  const what = shown(a)
  if (what !== shown(b) || what === 'years' || what === 'season') return false
  if (a.approximate || a.uncertain || b.approximate || b.uncertain) return false
  return what !== 'time' || a.offsetMinutes === b.offsetMinutes
}

function formatBoth(a: Instant, b: Instant, locale: string, style: Style): string {
  if (rangeable(a, b)) {
    const from = wallClock(a)
    const to = wallClock(b)
    const bce = from.getUTCFullYear() <= 0 || to.getUTCFullYear() <= 0
    const seconds = hasSeconds(a) || hasSeconds(b)
    try {
      return withOffset(dateTimeFormat(locale, shown(a), style, bce, seconds).formatRange(from, to), a)
    } catch {
      // Older engines throw for from > to; the joined form below is always fine.
    }
  }
  return fill(wordsFor(locale).range, { from: formatInstantStyled(a, locale, style), to: formatInstantStyled(b, locale, style) })
}

function formatSpanStyled(s: TimeSpan, locale: string, style: Style): string {
  const { start, end } = s
  if (start.kind === 'date' && end.kind === 'date') {
    if (!s.interval) return formatInstantStyled(start.date, locale, style)
    return formatBoth(start.date, end.date, locale, style)
  }
  // Short labels sit beside the axis: drop the open/unknown distinction there.
  const long = style === 'long'
  const words = wordsFor(locale)
  if (start.kind === 'date') {
    const from = fill(namesDay(start.date) && !start.date.approximate ? words.fromDay : words.from, { date: formatInstantStyled(start.date, locale, style) })
    if (!long) return from
    return fill(end.kind === 'open' ? words.ongoing : words.endUnknown, { text: from })
  }
  if (end.kind === 'date') {
    const until = fill(namesDay(end.date) && !end.date.approximate ? words.untilDay : words.until, { date: formatInstantStyled(end.date, locale, style) })
    return long && start.kind === 'unknown' ? fill(words.startUnknown, { text: until }) : until
  }
  // parseDate never produces an interval without a known end; be total anyway.
  return s.edtf
}

/**
 * Formats one date for reading: "2022", "February 2022", "February 24, 2022"
 * (the locale's own order), or date and time in the offset the writer used
 * ("July 29, 2022 at 10:00 AM UTC+5"). Astronomical years ≤ 0 get an era
 * ("1 BC" for year 0). EDTF level 1 qualifiers: approximate reads "c. …",
 * uncertain "…?". Unspecified digits show only what is known (`2022-XX` → "2022").
 *
 * @param i a parsed date
 * @param locale a BCP 47 locale tag
 */
export function formatInstant(i: Instant, locale = 'en'): string {
  return formatInstantStyled(i, locale, 'long')
}

/**
 * Formats a span for reading: a single date as {@link formatInstant}; a closed
 * interval as a range ("June 16 – 17, 2021" via `Intl` `formatRange` when both
 * ends read alike, otherwise "start – end"); open or unknown ends as
 * "from February 17, 2022 (ongoing)", "from February 2022 (end unknown)",
 * "until 2022", "until 2022 (start unknown)".
 *
 * @param s a parsed span
 * @param locale a BCP 47 locale tag
 */
export function formatSpan(s: TimeSpan, locale = 'en'): string {
  return formatSpanStyled(s, locale, 'long')
}

/**
 * A compact label for beside the axis: "Feb 24, 2022", "Feb 2022", "2022",
 * with the same qualifiers as {@link formatInstant}. Open and unknown ends read
 * "from …" / "until …".
 *
 * @param s a parsed span
 * @param locale a BCP 47 locale tag
 */
export function formatShortLabel(s: TimeSpan, locale = 'en'): string {
  return formatSpanStyled(s, locale, 'short')
}

/**
 * The dates a run of events covers, from the earliest start to the latest end, as one label:
 * "Dec 28, 2018 – Aug 1, 2024" for a run whose first event is itself an interval, where joining the
 * first and last events' own labels would read "Dec 28, 2018 – Aug 1, 2024 – Aug 1, 2024". An open or
 * unknown end counts as its known one. Empty for no spans.
 *
 * @param spans the run's spans, in any order
 * @param join how the two ends are written together (by default the locale's dash, as in a joined range)
 */
export function formatCovered(spans: readonly TimeSpan[], locale = 'en', style: Style = 'short', join = (a: string, b: string) => fill(wordsFor(locale).range, { from: a, to: b })): string {
  let first: TimeSpan | undefined
  let last: TimeSpan | undefined
  for (const s of spans) {
    if (!first || s.min < first.min) first = s
    if (!last || s.max > last.max) last = s
  }
  if (!first || !last) return ''
  const from = first.start.kind === 'date' ? first.start.date : first.end.kind === 'date' ? first.end.date : undefined
  const to = last.end.kind === 'date' ? last.end.date : last.start.kind === 'date' ? last.start.date : undefined
  if (!from || !to) return formatSpanStyled(first, locale, style)
  if (from === to) return formatInstantStyled(from, locale, style)
  const a = formatInstantStyled(edgeYear(from, 'from'), locale, style)
  const b = formatInstantStyled(edgeYear(to, 'to'), locale, style)
  return a === b ? a : join(a, b)
}

/**
 * An end of a covered stretch whose date is itself a stretch (`195X`, a season) reads as the year it begins
 * or ends in: "1948 – 1959" for events from 1948 to 195X, never "1948 – 1950 – 1959".
 */
function edgeYear(i: Instant, side: 'from' | 'to'): Instant {
  const what = shown(i)
  if (what !== 'years' && what !== 'season') return i
  const year = utcYear(side === 'from' ? i.min : i.max)
  const start = new Date(0)
  start.setUTCFullYear(year, 0, 1)
  const end = new Date(0)
  end.setUTCFullYear(year + 1, 0, 1)
  const { edtf, approximate, uncertain } = i
  return { edtf, approximate, uncertain, unspecified: false, precision: 'year', year, min: +start, max: +end - 1 }
}

function instantAttribute(i: Instant): string | undefined {
  const what = shown(i)
  if (what === 'years') return undefined
  const date = wallClock(i)
  const year = what === 'season' ? i.year : date.getUTCFullYear()
  // HTML date strings need a year > 0 written in four digits (HTML "valid month string" etc.).
  if (year <= 0 || year > 9999) return undefined
  const y = padNumber(year, 4)
  const m = padNumber(date.getUTCMonth() + 1, 2)
  const d = padNumber(date.getUTCDate(), 2)
  switch (what) {
    case 'season':
    case 'year':
      return y
    case 'month':
      return `${y}-${m}`
    case 'day':
      return `${y}-${m}-${d}`
    case 'time': {
      const time = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()].map((n) => padNumber(n, 2)).join(':')
      // Without a written offset this is an HTML "local date and time string" (floating).
      return `${y}-${m}-${d}T${time}${i.offsetMinutes === undefined ? '' : isoOffset(i.offsetMinutes)}`
    }
  }
}

function boundAttribute(b: Bound): string | undefined {
  return b.kind === 'date' ? instantAttribute(b.date) : undefined
}

/**
 * A value for HTML `<time datetime>`: "2022-02-24", "2022-02", "2022" or
 * "2022-07-29T10:00:00+05:00" (the written offset; none if none was written).
 * HTML has no range syntax (a duration is not a range), so an interval gives
 * its start, or its end when the start is open or unknown. Undefined when HTML
 * cannot express the date: years ≤ 0 or > 9999, or unspecified year digits.
 *
 * @param s a parsed span
 */
export function datetimeAttribute(s: TimeSpan): string | undefined {
  return s.start.kind === 'date' ? boundAttribute(s.start) : boundAttribute(s.end)
}

/**
 * A span's two ends as ISO 8601 dates at their own precision ("2022-02-24", "2022-02", "2022"), for
 * schema.org's startDate and endDate: the end only for an interval with a known end.
 *
 * @param s a parsed span
 */
export function isoEnds(s: TimeSpan): { start?: string; end?: string } {
  const start = boundAttribute(s.start)
  const end = s.interval ? boundAttribute(s.end) : undefined
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) }
}

/**
 * A frontmatter day (YYYY-MM-DD) written out in a language, or a date-time (an embargo's `published`)
 * with its time, in UTC, the zone publicness is judged in.
 */
export function formatDay(day: string, locale = 'en'): string {
  const isDay = day.length === 10
  const format = new Intl.DateTimeFormat(locale, isDay ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })
  const text = format.format(new Date(isDay ? `${day}T00:00:00Z` : day))
  return isDay ? text : `${text} UTC`
}
