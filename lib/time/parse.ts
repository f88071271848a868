/**
 * EDTF text → TimeSpan. The `edtf` package does all the parsing (EDTF levels
 * 0–2, ISO 8601-2); `edtf-instant.ts` maps its results onto Dateline's types
 * and `date-hints.ts` turns failures into errors a writer can act on, with a
 * fix that is itself checked with the package before it is shown.
 */
import type { ParseResult } from 'edtf'
import { EXPECTED_END, fail, invalid, type Check, type Failure } from './date-failure'
import { hintFor } from './date-hints'
import { parseEdtfFast } from './edtf-fast-path'
import { endsBeforeStart, intervalFrom, intervalSpan, singleSpan, toInstant } from './edtf-instant'
import type { DateResult, TimeSpan } from './types'

/** Moves an error's offset from the trimmed string back into the string as given. */
function shift(result: Failure, by: number): Failure {
  const { offset } = result.error
  return offset === undefined || by === 0 ? result : { ok: false, error: { ...result.error, offset: offset + by } }
}

/** The parser without hints, which hints use to vet the fixes they propose. */
const check: Check = (text) => parseTrimmed(text, false)

/** The package's errors read "Syntax error at line 1 col 9: …" (1-based) or "… No possible parsings (@EOS)" when input ends early. */
function syntaxFailure(text: string, error: unknown, withHints: boolean): Failure {
  const message = error instanceof Error ? error.message : String(error)
  const col = /^Syntax error at line \d+ col (\d+)/.exec(message)?.[1]
  const offset = col !== undefined ? Number(col) - 1 : message.includes('@EOS') ? text.length : undefined
  const found = withHints ? hintFor(text, check) : undefined
  const at = found?.offset ?? offset
  return invalid(text, { ...(at === undefined ? {} : { offset: at }), ...(found ? { hint: found.hint } : {}) })
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
        ...(check(fixed).ok ? { hint: `did you mean ${fixed}? write a full year, or X for unknown digits` } : {}),
      })
    }
    case 'Interval':
      return intervalFrom(node, text, check)
    default: {
      const r = toInstant(node, text, 0, text, check)
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

/** `date` already spans an interval, so an `end` beside it has nothing to end. */
function alreadyInterval(startText: string): Failure {
  return fail(`date "${startText}" is already an interval, so it cannot also have an end; remove end, or write the whole interval in date`, {
    field: 'end',
    expected: 'either an interval in date and no end, or a single date in date and another in end',
  })
}

/**
 * Joins an event's `date` and `end`, each already parsed with
 * {@link parseDate}, into one interval: `date` must be a single date, and
 * `end` a single date not wholly before it, or `open` for `..`. Errors have
 * `field: 'end'`, as in {@link parseSpan}.
 *
 * @param start the parsed `date`
 * @param date the `date` attribute as written
 * @param end the parsed `end`, or `open`
 * @param endText the `end` attribute as written
 */
export function spanTo(start: TimeSpan, date: string, end: TimeSpan | 'open', endText: string): DateResult<TimeSpan> {
  const startText = date.trim()
  if (start.interval || start.start.kind !== 'date') return alreadyInterval(startText)
  const from = start.start
  if (end === 'open') return { ok: true, value: intervalSpan(from, { kind: 'open' }, from.date) }
  const lead = endText.length - endText.trimStart().length
  const written = endText.trim()
  const endBound = end.start
  if (end.interval || endBound.kind !== 'date') {
    return fail(`end "${written}" is an interval; end must be a single date, or .. for ongoing`, { field: 'end', offset: lead, expected: EXPECTED_END })
  }
  if (endsBeforeStart(from.date, endBound.date)) {
    return fail(`end (${written}) is before date (${startText})`, { field: 'end', offset: lead, expected: EXPECTED_END })
  }
  return { ok: true, value: intervalSpan(from, endBound, from.date) }
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
  // In this order: an interval in `date` is the mistake to report, whatever `end` says.
  if (span.interval || span.start.kind !== 'date') return alreadyInterval(date.trim())
  const endText = end.trim()
  if (!endText) return fail('end is empty', { field: 'end', offset: 0, expected: EXPECTED_END })
  if (endText === '..') return spanTo(span, date, 'open', end)
  const parsedEnd = parseDate(end)
  if (!parsedEnd.ok) return { ok: false, error: { ...parsedEnd.error, field: 'end', expected: EXPECTED_END } }
  return spanTo(span, date, parsedEnd.value, end)
}
