/**
 * CSV as RFC 4180 defines it (section 2), read by csv-parse. Like most
 * readers, it also accepts LF or CR alone as a line break, a UTF-8 byte order
 * mark, and a missing final line break (Google Sheets exports all of these).
 */
import { CsvError, parse } from 'csv-parse/sync'

export interface CsvRow {
  fields: string[]
  /** 1-based line on which the record starts (records can span lines inside quotes). */
  line: number
}

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; error: { line: number; column: number; message: string } }

/** What each of csv-parse's quoting errors means to someone editing the file, and which quote the location points at. */
const QUOTE_ERRORS: Record<string, { message: string; at: 'opening quote' | 'after closing quote' | 'quote' }> = {
  CSV_QUOTE_NOT_CLOSED: { message: 'quoted field is never closed: a " opens it and no " ends it', at: 'opening quote' },
  CSV_INVALID_CLOSING_QUOTE: { message: 'unexpected text after a closing quote; a quote inside a quoted field is written twice ("")', at: 'after closing quote' },
  INVALID_OPENING_QUOTE: { message: 'a quote inside a field that does not start with one; enclose the whole field in quotes and write the quote twice ("")', at: 'quote' },
}

/** A quoted field from its opening quote to its closing one (RFC 4180, section 2, rule `escaped`). */
const QUOTED = /"(?:[^"]|"")*"/y

/** Line and column (both 1-based) of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') }
}

/**
 * Where a quoting error is. csv-parse reports the byte offset at which the
 * field in error begins (the comma before it, for all but a record's first
 * field) and the field's index; the quote in question is found from there.
 */
function locate(src: string, error: CsvError, at: (typeof QUOTE_ERRORS)[string]['at']): { line: number; column: number } {
  const { bytes, index } = error as CsvError & { bytes: number; index: number }
  let offset = Buffer.from(src).subarray(0, bytes).toString().length + (index > 0 ? 1 : 0)
  if (at === 'after closing quote') {
    QUOTED.lastIndex = offset
    offset += QUOTED.exec(src)?.[0].length ?? 0
  } else if (at === 'quote') {
    offset = src.indexOf('"', offset)
  }
  return position(src, offset)
}

/**
 * Parses CSV text into records. Fails, with the line and column, on a quoted
 * field that never closes, text between a closing quote and the next comma,
 * and a quote inside a field that does not start with one: the places where a
 * reader would otherwise have to guess.
 *
 * @param text the whole CSV file
 */
export function parseCsv(text: string): CsvResult {
  // One kind of line break, so that lines counted by csv-parse are the editor's lines and a break inside a quoted field reads as "\n".
  const src = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n')
  const rows: CsvRow[] = []
  let line = 1
  try {
    parse(src, {
      relax_column_count: true,
      record_delimiter: '\n',
      // Without `columns`, csv-parse hands each record over as its fields; `lines` is the line the record ends on.
      on_record: (record, { lines }) => {
        rows.push({ fields: record as string[], line })
        line = lines + 1
        return null
      },
    })
    return { ok: true, rows }
  } catch (error) {
    const known = error instanceof CsvError ? QUOTE_ERRORS[error.code] : undefined
    if (!known) throw error
    return { ok: false, error: { ...locate(src, error as CsvError, known.at), message: known.message } }
  }
}
