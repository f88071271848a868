/**
 * The TimelineJS JSON format as documented at
 * https://timeline.knightlab.com/docs/json-format.html, read the way TimelineJS
 * itself reads it: date parts may be numbers or numeric strings (its own
 * spreadsheet reader produces strings), and empty strings or nulls mean "not
 * given" (TimelineJS3 `src/js/date/TLDate.js`, `_getDateData`).
 */
import { z } from 'zod'

/** One step of a location inside the input: an object key or an array index. */
export type PathKey = string | number

/** `["events", 3, "start_date", "year"]` → `events[3].start_date.year`. */
export function formatPath(path: readonly PathKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') || '(top level)'
}

const blank = (v: unknown) => v === null || (typeof v === 'string' && v.trim() === '')

/** Numeric strings become numbers; blanks become undefined; anything else is left for the schema to refuse. */
function readNumber(v: unknown): unknown {
  if (blank(v)) return undefined
  if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v)) return Number(v)
  return v
}

const number = z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'expected a number') }).int({ error: 'expected a whole number' })

function part(min: number, max: number, what: string) {
  const range = { error: `expected ${what} from ${min} to ${max}` }
  return z.preprocess(readNumber, number.min(min, range).max(max, range).optional())
}

/** Text fields hold HTML; a number where text belongs (a headline of `2022`) is read as its digits. */
const text = z.preprocess(
  (v) => (blank(v) ? undefined : typeof v === 'number' ? String(v) : v),
  z.string({ error: 'expected text' }).optional(),
)

const dateSchema = z.object({
  year: z.preprocess(readNumber, number),
  month: part(1, 12, 'a month'),
  day: part(1, 31, 'a day'),
  hour: part(0, 23, 'an hour'),
  minute: part(0, 59, 'a minute'),
  second: part(0, 59, 'a second'),
  millisecond: part(0, 999, 'a millisecond'),
  display_date: text,
})

const textSchema = z.object({ headline: text, text })

const mediaSchema = z.object({
  url: text,
  caption: text,
  credit: text,
  thumbnail: text,
  alt: text,
  title: text,
  link: text,
  link_target: text,
})

const optionalObject = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null ? undefined : v), schema.optional())

const slideSchema = z.object({
  start_date: optionalObject(dateSchema),
  end_date: optionalObject(dateSchema),
  text: optionalObject(textSchema),
  media: optionalObject(mediaSchema),
  group: text,
  display_date: text,
  background: optionalObject(z.object({ url: text, color: text, alt: text }, { error: 'expected an object with url or color' })),
  autolink: z.preprocess((v) => (v === null ? undefined : v), z.boolean({ error: 'expected true or false' }).optional()),
  unique_id: text,
})

const eraSchema = z.object({
  start_date: dateSchema,
  end_date: dateSchema,
  text: optionalObject(textSchema),
})

/** The document around the slides; slides and eras are read one by one, so one bad slide does not hide the next one's problems. */
const documentSchema = z.object(
  {
    events: z.array(z.unknown(), { error: (issue) => (issue.input === undefined ? 'required: the list of events' : 'expected a list of events') }),
    title: z.unknown().optional(),
    eras: optionalObject(z.array(z.unknown(), { error: 'expected a list of eras' })),
    scale: z.preprocess((v) => (blank(v) ? undefined : v), z.enum(['human', 'cosmological'], { error: 'expected "human" or "cosmological"' }).optional()),
  },
  { error: 'expected a TimelineJS object with an "events" list' },
)

export type TimelineJsSlide = z.infer<typeof slideSchema>
type TimelineJsEra = z.infer<typeof eraSchema>
export type TimelineJsMedia = z.infer<typeof mediaSchema>

/** What was read: every valid slide and era in place; an invalid one is `undefined`, its problems in `issues`. */
export interface TimelineJsRead {
  title?: TimelineJsSlide
  events: (TimelineJsSlide | undefined)[]
  eras: (TimelineJsEra | undefined)[]
  scale?: 'human' | 'cosmological'
}

/** A problem in the input, with where it is. */
export interface InputIssue {
  path: PathKey[]
  message: string
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let v = input
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PathKey, unknown>)[k] : undefined
  return v
}

function describe(value: unknown): string {
  if (value === undefined) return ''
  const text = JSON.stringify(value) ?? String(value)
  return `, found ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`
}

/**
 * Validates TimelineJS JSON. Every problem is reported, each with its path and
 * what was found: `events[3].start_date.year: expected a number, found "MMXXII"`.
 *
 * @param input parsed JSON
 */
export function readTimelineJs(input: unknown): { value?: TimelineJsRead; issues: InputIssue[] } {
  const issues: InputIssue[] = []
  const check = <T>(schema: z.ZodType<T>, value: unknown, at: PathKey[]): T | undefined => {
    const parsed = schema.safeParse(value)
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues) {
      const path = [...at, ...issue.path.filter((k): k is PathKey => typeof k !== 'symbol')]
      const found = issue.message.startsWith('required') ? '' : describe(valueAt(input, path))
      issues.push({ path, message: `${issue.message}${found}` })
    }
    return undefined
  }
  const doc = check(documentSchema, input, [])
  if (!doc) return { issues }
  const title = doc.title === undefined || doc.title === null ? undefined : check(slideSchema, doc.title, ['title'])
  const value: TimelineJsRead = {
    events: doc.events.map((e, i) => check(slideSchema, e, ['events', i])),
    eras: (doc.eras ?? []).map((e, i) => check(eraSchema, e, ['eras', i])),
    ...(title ? { title } : {}),
    ...(doc.scale ? { scale: doc.scale } : {}),
  }
  return { value, issues }
}

const KNOWN_KEYS = {
  top: ['events', 'title', 'eras', 'scale'],
  slide: Object.keys(slideSchema.shape),
  era: Object.keys(eraSchema.shape),
  date: Object.keys(dateSchema.shape),
  text: Object.keys(textSchema.shape),
  media: Object.keys(mediaSchema.shape),
}

/**
 * Keys the documented format does not have. TimelineJS ignores them; the
 * importer lists them so that nothing is dropped without a word.
 *
 * @param input parsed JSON (already validated)
 */
export function unknownKeys(input: unknown): PathKey[][] {
  const found: PathKey[][] = []
  const check = (value: unknown, known: string[], path: PathKey[]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return
    for (const key of Object.keys(value)) if (!known.includes(key)) found.push([...path, key])
  }
  const slide = (value: unknown, path: PathKey[], known: string[]) => {
    check(value, known, path)
    const v = (value ?? {}) as Record<string, unknown>
    check(v.start_date, KNOWN_KEYS.date, [...path, 'start_date'])
    check(v.end_date, KNOWN_KEYS.date, [...path, 'end_date'])
    check(v.text, KNOWN_KEYS.text, [...path, 'text'])
    check(v.media, KNOWN_KEYS.media, [...path, 'media'])
  }
  check(input, KNOWN_KEYS.top, [])
  const top = (input ?? {}) as Record<string, unknown>
  if (top.title) slide(top.title, ['title'], KNOWN_KEYS.slide)
  if (Array.isArray(top.events)) top.events.forEach((e, i) => slide(e, ['events', i], KNOWN_KEYS.slide))
  if (Array.isArray(top.eras)) top.eras.forEach((e, i) => slide(e, ['eras', i], KNOWN_KEYS.era))
  return found
}
