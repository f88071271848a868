/**
 * CSV as RFC 4180 defines it (section 2): records separated by line breaks,
 * fields by commas, and fields that contain commas, quotes or line breaks
 * enclosed in double quotes, with a quote inside written twice. Like most
 * readers, it also accepts LF or CR alone as a line break, a UTF-8 byte order
 * mark, and a missing final line break (Google Sheets exports all of these).
 */

export interface CsvRow {
  fields: string[]
  /** 1-based line on which the record starts (records can span lines inside quotes). */
  line: number
}

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; error: { line: number; column: number; message: string } }

/**
 * Parses CSV text into records. Fails, with the line and column, on a quoted
 * field that never closes or text between a closing quote and the next comma,
 * the two places where a reader would otherwise have to guess.
 *
 * @param text the whole CSV file
 */
export function parseCsv(text: string): CsvResult {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text
  const rows: CsvRow[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let column = 1
  let rowLine = 1
  let i = 0
  let atFieldStart = true

  const endField = () => {
    fields.push(field)
    field = ''
    atFieldStart = true
  }
  const endRow = () => {
    endField()
    rows.push({ fields, line: rowLine })
    fields = []
  }
  const newline = (width: number) => {
    i += width
    line += 1
    column = 1
  }

  while (i < src.length) {
    const c = src[i]!
    if (atFieldStart && c === '"') {
      const openLine = line
      const openColumn = column
      i += 1
      column += 1
      for (;;) {
        if (i >= src.length) return { ok: false, error: { line: openLine, column: openColumn, message: 'quoted field is never closed: a " opens it and no " ends it' } }
        const q = src[i]!
        if (q === '"') {
          if (src[i + 1] === '"') {
            field += '"'
            i += 2
            column += 2
            continue
          }
          i += 1
          column += 1
          break
        }
        if (q === '\r' || q === '\n') {
          const width = q === '\r' && src[i + 1] === '\n' ? 2 : 1
          field += '\n'
          newline(width)
          continue
        }
        field += q
        i += 1
        column += 1
      }
      const next = src[i]
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return { ok: false, error: { line, column, message: 'unexpected text after a closing quote; a quote inside a quoted field is written twice ("")' } }
      }
      atFieldStart = false
      continue
    }
    if (c === ',') {
      endField()
      i += 1
      column += 1
      continue
    }
    if (c === '\r' || c === '\n') {
      endRow()
      newline(c === '\r' && src[i + 1] === '\n' ? 2 : 1)
      rowLine = line
      continue
    }
    field += c
    atFieldStart = false
    i += 1
    column += 1
  }
  // A final line break ends the last record; it does not start an empty one (RFC 4180, 2.2).
  if (!atFieldStart || field !== '' || fields.length > 0) endRow()
  return { ok: true, rows }
}
