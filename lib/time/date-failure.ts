/**
 * How a date fails: the message, the forms that would have been accepted, and
 * where in the text the problem is. Shared by the parser, its hints and the
 * mapping of the edtf package's results.
 */
import type { DateError, DateResult, TimeSpan } from './types'

const EXPECTED =
  'an EDTF date such as 2022-02-24, 2022-02, 2022, 2022-07-29T10:00:00+05:00, 2022-02~ or 2021?, ' +
  'or an interval such as 2021-06-16/2021-06-17, 2022-02-17/.. or 2022-02/'

export const EXPECTED_END = 'a single EDTF date such as 2022-02-24, 2022-02 or 2022, or .. for ongoing'

export type Failure = { ok: false; error: DateError }

/**
 * Parses without hints: how a hint checks that the fix it proposes is itself
 * a valid date before showing it. Passed in rather than imported, so that the
 * parser and its hints do not import each other.
 */
export type Check = (text: string) => DateResult<TimeSpan>

/** A failure with the accepted forms filled in. */
export function fail(message: string, extra: Partial<DateError> = {}): Failure {
  return { ok: false, error: { message, expected: EXPECTED, ...extra } }
}

/** `"text" is not a valid EDTF date`, with an offset or hint when known. */
export function invalid(text: string, extra: Partial<DateError> = {}): Failure {
  return fail(`"${text}" is not a valid EDTF date`, extra)
}
