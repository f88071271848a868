/**
 * The TimelineJS Google Sheets template, exported as CSV, read into the
 * TimelineJS JSON shape the way TimelineJS's own spreadsheet reader does
 * (TimelineJS3 `src/js/core/ConfigFactory.js`, `extractGoogleEntryData_V4` and
 * `googleFeedJSONtoTimelineJSON`): one row per slide; `Type` "title" makes the
 * first such row the title slide (later ones stay events), "era" makes an era;
 * `Time` is read like `parseTime` in `src/js/date/DateUtil.js`.
 */
import type { CsvRow } from './csv'
import type { PathKey } from './schema'

/** Template columns in their documented order, keyed by their name with case and spaces dropped. */
export const SHEET_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text',
  'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const

type Column = (typeof SHEET_COLUMNS)[number]

const normal = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '')
const BY_NORMAL = new Map<string, Column>(SHEET_COLUMNS.map((c) => [normal(c), c]))

interface SheetResult {
  ok: true
  /** TimelineJS JSON, to be validated like any other. */
  json: { title?: Record<string, unknown>; events: Record<string, unknown>[]; eras: Record<string, unknown>[] }
  /** Turns a path into that JSON into a place in the sheet: `line 7, column "Year"`. */
  locate: (path: readonly PathKey[]) => string
  warnings: string[]
}

export type SheetReadResult = SheetResult | { ok: false; errors: string[] }

/** Which column a field of the JSON came from. */
const FIELD_COLUMN: Record<string, Column> = {
  start_date: 'Year',
  end_date: 'End Year',
  'start_date.year': 'Year',
  'start_date.month': 'Month',
  'start_date.day': 'Day',
  'start_date.hour': 'Time',
  'start_date.minute': 'Time',
  'start_date.second': 'Time',
  'start_date.millisecond': 'Time',
  'end_date.year': 'End Year',
  'end_date.month': 'End Month',
  'end_date.day': 'End Day',
  'end_date.hour': 'End Time',
  'end_date.minute': 'End Time',
  'end_date.second': 'End Time',
  'end_date.millisecond': 'End Time',
  display_date: 'Display Date',
  'text.headline': 'Headline',
  'text.text': 'Text',
  'media.url': 'Media',
  'media.credit': 'Media Credit',
  'media.caption': 'Media Caption',
  'media.thumbnail': 'Media Thumbnail',
  group: 'Group',
  background: 'Background',
}

export interface SheetTime {
  hour: number
  minute?: number
  second?: number
  millisecond?: number
}

/**
 * Reads a spreadsheet time as TimelineJS does: `10:00`, `10:00:30`, `3:30 PM`,
 * `12 am`, `1030`, `10.30`, fractional seconds `10:00:30.5`.
 *
 * @param text the `Time` or `End Time` cell
 */
export function parseSheetTime(text: string): { ok: true; value: SheetTime } | { ok: false; message: string } {
  const fail = { ok: false as const, message: `expected a time such as 10:00, 10:00:30 or 3:30 PM, found "${text}"` }
  let rest = text.trim()
  const period = /\s*([AaPp])\.?\s*[Mm]\.?\s*$/.exec(rest)
  if (period) rest = rest.slice(0, period.index).trim()
  const compact = /^(\d{1,2})(\d{2})$/.exec(rest)
  let parts = compact ? [compact[1]!, compact[2]!] : rest.split(':')
  if (parts.length === 1) parts = rest.split('.')
  if (parts.length > 3 || !parts.every((p, i) => (i === 2 ? /^\d{1,2}(?:[.,]\d+)?$/ : /^\d{1,2}$/).test(p))) return fail
  let hour = Number(parts[0])
  if (period) {
    const pm = period[1]!.toLowerCase() === 'p'
    if (hour < 1 || hour > 12) return { ok: false, message: `expected an hour from 1 to 12 before AM or PM, found "${text}"` }
    hour = pm ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour
  }
  const value: SheetTime = { hour }
  if (parts[1] !== undefined) value.minute = Number(parts[1])
  if (parts[2] !== undefined) {
    const [sec = '0', frac] = parts[2].split(/[.,]/)
    value.second = Number(sec)
    // A fraction of a second, in milliseconds (TimelineJS reads `.5` as 500 ms).
    if (frac !== undefined) value.millisecond = Math.round(Number(`0.${frac}`) * 1000)
  }
  return { ok: true, value }
}

/** Spreadsheets write large years as `1,500` or `1 500`; TimelineJS drops the separators (`clean_integer`). */
const cleanInteger = (cell: string) => cell.replace(/[\s,]+/g, '')

/**
 * Turns the rows of a TimelineJS sheet (header row first) into TimelineJS
 * JSON. Cells stay strings, as TimelineJS keeps them, so the JSON schema
 * validates them like any other input; `locate` maps its paths back to sheet
 * lines and columns for error messages.
 *
 * @param rows parsed CSV records, header first
 */
export function sheetToTimelineJs(rows: CsvRow[]): SheetReadResult {
  const [header, ...body] = rows
  if (!header) return { ok: false, errors: ['the file is empty: expected a header row with Year, Month, Day, …, Headline, Text'] }
  const warnings: string[] = []
  const index = new Map<Column, number>()
  header.fields.forEach((name, i) => {
    const column = BY_NORMAL.get(normal(name))
    if (column && !index.has(column)) index.set(column, i)
    else if (name.trim()) warnings.push(`line ${header.line}, column "${name.trim()}": not a TimelineJS column; ignored`)
  })
  if (!index.has('Year')) {
    return { ok: false, errors: [`line ${header.line}: no "Year" column; expected the TimelineJS template header (${SHEET_COLUMNS.join(', ')})`] }
  }

  const errors: string[] = []
  const events: Record<string, unknown>[] = []
  const eras: Record<string, unknown>[] = []
  let title: Record<string, unknown> | undefined
  /** Sheet line of each slide, by its JSON prefix (`events.3`, `eras.0`, `title`). */
  const lines = new Map<string, number>()

  for (const row of body) {
    const cell = (c: Column) => {
      const i = index.get(c)
      return i === undefined ? '' : (row.fields[i] ?? '').trim()
    }
    if (row.fields.every((f) => !f.trim())) continue

    const date = (prefix: '' | 'End ') => {
      const d: Record<string, unknown> = {}
      const year = cleanInteger(cell(`${prefix}Year`))
      const month = cleanInteger(cell(`${prefix}Month`))
      const day = cleanInteger(cell(`${prefix}Day`))
      const time = cell(`${prefix}Time`)
      if (year) d.year = year
      if (month) d.month = month
      if (day) d.day = day
      if (time) {
        const t = parseSheetTime(time)
        if (t.ok) Object.assign(d, t.value)
        else errors.push(`line ${row.line}, column "${prefix}Time": ${t.message}`)
      }
      return d
    }

    const slide: Record<string, unknown> = {}
    const start = date('')
    const end = date('End ')
    if (Object.keys(start).length) slide.start_date = start
    if (Object.keys(end).length) {
      if (end.year === undefined) errors.push(`line ${row.line}: End Month, End Day or End Time given without End Year`)
      else slide.end_date = end
    }
    const text: Record<string, string> = {}
    if (cell('Headline')) text.headline = cell('Headline')
    if (cell('Text')) text.text = cell('Text')
    if (Object.keys(text).length) slide.text = text
    const media: Record<string, string> = {}
    if (cell('Media')) media.url = cell('Media')
    if (cell('Media Credit')) media.credit = cell('Media Credit')
    if (cell('Media Caption')) media.caption = cell('Media Caption')
    if (cell('Media Thumbnail')) media.thumbnail = cell('Media Thumbnail')
    if (Object.keys(media).length) slide.media = media
    if (cell('Display Date')) slide.display_date = cell('Display Date')
    if (cell('Group')) slide.group = cell('Group')
    const background = cell('Background')
    // TimelineJS: a URL (http, https, protocol- or site-relative) is an image, anything else a colour.
    if (background) slide.background = /^(https?:)?\/\/?/.test(background) ? { url: background } : { color: background }

    const type = cell('Type').toLowerCase()
    if (type === 'title' && !title) {
      title = slide
      lines.set('title', row.line)
    } else if (type === 'era') {
      // Eras carry only dates and text (JSON format, "Era objects").
      const era: Record<string, unknown> = {}
      for (const key of ['start_date', 'end_date', 'text']) if (slide[key] !== undefined) era[key] = slide[key]
      for (const key of ['media', 'display_date', 'group', 'background']) {
        if (slide[key] !== undefined) warnings.push(`line ${row.line}: ${key.replace('_', ' ')} of an era not carried (TimelineJS eras have only dates and text)`)
      }
      lines.set(`eras.${eras.length}`, row.line)
      eras.push(era)
    } else {
      if (type === 'title') warnings.push(`line ${row.line}: a second title row; kept as an event, as TimelineJS does`)
      else if (type) warnings.push(`line ${row.line}, column "Type": "${cell('Type')}" is not title or era; read as an event`)
      lines.set(`events.${events.length}`, row.line)
      events.push(slide)
    }
  }
  if (errors.length) return { ok: false, errors }

  const locate = (path: readonly PathKey[]) => {
    const [first, second] = path
    const key = first === 'title' ? 'title' : `${String(first)}.${String(second)}`
    const line = lines.get(key)
    if (line === undefined) return path.length ? `line ${header.line}` : 'the sheet'
    const rest = path.slice(first === 'title' ? 1 : 2).map(String)
    const column = FIELD_COLUMN[rest.join('.')] ?? FIELD_COLUMN[rest.slice(0, 1).join('.')]
    return column ? `line ${line}, column "${column}"` : `line ${line}`
  }
  return { ok: true, json: { ...(title ? { title } : {}), events, eras }, locate, warnings }
}
