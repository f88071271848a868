/**
 * Seeded synthetic stories for benchmarks: N events shaped like a long news
 * story (clustered bursts of days plus sparse years, a few BCE dates, every
 * date form Dateline reads), as layout inputs and as an MDX file.
 *
 * Spans are always built by lib/time/parse from the EDTF text that the MDX
 * file carries, so the in-memory story and the written file are the same story.
 *
 *   tsx bench/synthetic.ts --events 5000 --out bench/out/synthetic-5000.mdx [--seed 1]
 *
 * The file goes outside content/ (default bench/out/, which git ignores): a
 * synthetic story must never be published.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { LayoutEventInput, LayoutQuoteInput } from '../lib/layout/layout-types'
import { parseSpan } from '../lib/time/parse'
import type { TimeSpan } from '../lib/time/types'

/** A quote as written in the MDX file. */
interface SyntheticQuoteSource {
  id: string
  /** Position among the file's quotes, in source order. */
  index: number
  by: string
  role?: string
  /** Its own EDTF date, when it has one. */
  date?: string
  text: string
}

/** An event as written in the MDX file, with the quotes written inside it. */
interface SyntheticEventSource {
  id: string
  /** Position among the file's events, in source order. */
  index: number
  date: string
  end?: string
  title: string
  importance: 1 | 2 | 3
  place?: string
  body: string
  quotes: SyntheticQuoteSource[]
  /** Dated quotes that stand on their own, written after this event. */
  after: SyntheticQuoteSource[]
}

export interface SyntheticStory {
  seed: number
  /** In time order, ties by source order: what the content loader hands the layout. */
  events: LayoutEventInput[]
  /** In time order, ties by source order. */
  quotes: LayoutQuoteInput[]
  /** The story as written, in source order. */
  sources: SyntheticEventSource[]
}

export interface SyntheticOptions {
  events: number
  seed?: number
  /** Share of events that carry 1–3 quotes. */
  quotedShare?: number
}

const DAY = 86_400_000

/** mulberry32: small, fast, and good enough to make varied but replayable stories. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rand = () => number

const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!

function weighted<T extends string>(rand: Rand, weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][]
  let r = rand() * entries.reduce((s, [, w]) => s + w, 0)
  for (const [k, w] of entries) {
    r -= w
    if (r < 0) return k
  }
  return entries[entries.length - 1]![0]
}

// ---------------------------------------------------------------------------
// EDTF text

const pad = (n: number, width: number) => (n < 0 ? `-${String(-n).padStart(width, '0')}` : String(n).padStart(width, '0'))

/** Calendar parts of a UTC instant (CE years only; BCE dates are written directly). */
function parts(t: number) {
  const d = new Date(t)
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }
}
const dayText = (t: number) => {
  const p = parts(t)
  return `${pad(p.y, 4)}-${pad(p.m, 2)}-${pad(p.d, 2)}`
}
const monthText = (t: number) => dayText(t).slice(0, 7)
const yearText = (t: number) => dayText(t).slice(0, 4)

const OFFSETS = ['Z', '+05:00', '-04:00', '+05:30', '+05:45', '-03:30', '+09:00', '+01:00', '']

/** The EDTF `date` and optional `end` attributes of an event at moment `t`. */
function dateAttributes(rand: Rand, t: number): { date: string; end?: string } {
  const form = weighted(rand, {
    day: 40,
    dayApprox: 4,
    dayUncertain: 4,
    dayBoth: 1,
    month: 8,
    monthApprox: 2,
    year: 3,
    yearUncertain: 1,
    time: 9,
    dayRange: 9,
    dayRangeEndAttr: 3,
    monthRange: 3,
    yearRange: 2,
    openEnd: 3,
    openEndSlash: 1,
    unknownEnd: 1,
    openStart: 1,
    fuzzyRange: 2,
    unspecified: 1,
    season: 1,
  })
  const later = (days: number) => t + days * DAY
  switch (form) {
    case 'day':
      return { date: dayText(t) }
    case 'dayApprox':
      return { date: `${dayText(t)}~` }
    case 'dayUncertain':
      return { date: `${dayText(t)}?` }
    case 'dayBoth':
      return { date: `${dayText(t)}%` }
    case 'month':
      return { date: monthText(t) }
    case 'monthApprox':
      return { date: `${monthText(t)}~` }
    case 'year':
      return { date: yearText(t) }
    case 'yearUncertain':
      return { date: `${yearText(t)}?` }
    case 'time': {
      const h = int(rand, 0, 23)
      const min = pick(rand, [0, 0, 15, 30, 45, int(rand, 0, 59)])
      const sec = rand() < 0.1 ? int(rand, 1, 59) : 0
      return { date: `${dayText(t)}T${pad(h, 2)}:${pad(min, 2)}:${pad(sec, 2)}${pick(rand, OFFSETS)}` }
    }
    case 'dayRange':
      return { date: `${dayText(t)}/${dayText(later(int(rand, 1, 20)))}` }
    case 'dayRangeEndAttr':
      return { date: dayText(t), end: dayText(later(int(rand, 1, 60))) }
    case 'monthRange':
      return { date: `${monthText(t)}/${monthText(later(int(rand, 31, 400)))}` }
    case 'yearRange':
      return { date: `${yearText(t)}/${yearText(later(int(rand, 366, 3650)))}` }
    case 'openEnd':
      return { date: rand() < 0.5 ? monthText(t) : dayText(t), end: '..' }
    case 'openEndSlash':
      return { date: `${dayText(t)}/..` }
    case 'unknownEnd':
      return { date: `${monthText(t)}/` }
    case 'openStart':
      return { date: `../${dayText(t)}` }
    case 'fuzzyRange':
      return { date: `${dayText(t)}~/${dayText(later(int(rand, 2, 10)))}?` }
    case 'unspecified':
      return { date: rand() < 0.5 ? `${yearText(t).slice(0, 3)}X` : `${yearText(t)}-XX` }
    case 'season':
      return { date: `${yearText(t)}-${int(rand, 21, 24)}` }
  }
}

/** A few events long before the story (astronomical years ≤ 0: year 0 is 1 BCE). */
function bceAttributes(rand: Rand): { date: string; end?: string } {
  const year = -int(rand, 0, 2500)
  const y = pad(year, 4)
  const m = int(rand, 1, 12)
  const d = int(rand, 1, 28)
  const form = weighted(rand, { year: 3, day: 2, approx: 2, range: 1 })
  if (form === 'year') return { date: y }
  if (form === 'day') return { date: `${y}-${pad(m, 2)}-${pad(d, 2)}` }
  if (form === 'approx') return { date: `${y}~` }
  return { date: `${y}/${pad(year + int(rand, 1, 40), 4)}` }
}

// ---------------------------------------------------------------------------
// Words

const WORDS = (
  'minister talks ceasefire border summit parliament vote protest court ruling sanctions election ' +
  'strike report agency council treaty inquiry budget reform outbreak storm flood harbour bridge ' +
  'station mayor governor envoy delegation ambassador spokesman investigation deal tariff ' +
  'shipment pipeline refinery grain port airport embassy hostage prisoner exchange resign ' +
  'appointed announces warns denies confirms rejects signs opens closes suspends resumes ' +
  'after before amid over against with new first last second talks fail collapse agreement ' +
  'emergency session recount verdict appeal charges arrest release interim cabinet coalition'
).split(' ')
const LONG_WORDS = ['internationalisation', 'counterintelligence', 'disproportionately', 'telecommunications', 'Šefčovič', 'Zelenskyy’s', 'Tashkent—Samarkand']
const NAMES = ['Antony Blinken', 'Sergey Lavrov', 'Dmitry Peskov', 'Ngozi Okonjo-Iweala', 'María Fernández', 'Olaf Scholz', 'Wang Yi', 'Unnamed official', 'A spokeswoman', 'Jean-Claude Duval']
const ROLES = ['Foreign Minister', 'Kremlin spokesman', 'US Secretary of State', 'Director-General', 'Mayor', 'Chancellor', 'senior diplomat, speaking anonymously', '']
const PLACES = ['Geneva, Switzerland', 'Tashkent, Uzbekistan', 'Kyiv, Ukraine', 'Washington, D.C.', 'Brussels', 'Lagos, Nigeria', 'São Paulo']

function sentence(rand: Rand, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(rand() < 0.03 ? pick(rand, LONG_WORDS) : pick(rand, WORDS))
  const first = out[0]!
  out[0] = first[0]!.toUpperCase() + first.slice(1)
  return out.join(' ')
}

function titleOf(rand: Rand): string {
  const length = weighted(rand, { tiny: 1, short: 4, medium: 8, long: 3, huge: 1 })
  const words = { tiny: int(rand, 1, 2), short: int(rand, 3, 5), medium: int(rand, 6, 10), long: int(rand, 11, 16), huge: int(rand, 17, 30) }[length]
  return sentence(rand, words)
}

// ---------------------------------------------------------------------------
// The story

interface Raw {
  date: string
  end?: string
  span: TimeSpan
}

function parsed(date: string, end?: string): TimeSpan {
  const r = parseSpan(date, end)
  if (!r.ok) throw new Error(`synthetic date ${date}${end ? ` / ${end}` : ''} does not parse: ${r.error.message}`)
  return r.value
}

/**
 * Generates a story of `events` events. The same options always give the same
 * story. Dates: about 70% fall in bursts (a few days to a few weeks holding
 * dozens to hundreds of events), the rest spread over 1950–2024, and about
 * 0.3% are BCE. About `quotedShare` (20%) of events carry 1–3 quotes, and
 * about one event in 400 is followed by a dated quote of its own.
 */
export function generateStory(options: SyntheticOptions): SyntheticStory {
  const n = options.events
  const seed = options.seed ?? 1
  const quotedShare = options.quotedShare ?? 0.2
  const rand = seededRandom(seed)

  const from = Date.UTC(1950, 0, 1)
  const to = Date.UTC(2024, 11, 31)
  const bursts = Array.from({ length: Math.max(1, Math.round(n / 150)) }, () => ({
    at: from + Math.floor(rand() * ((to - from) / DAY)) * DAY,
    days: pick(rand, [3, 7, 14, 30, 60]),
  }))

  const raws: Raw[] = []
  for (let i = 0; i < n; i++) {
    let attrs: { date: string; end?: string }
    if (rand() < 0.003) attrs = bceAttributes(rand)
    else {
      const burst = rand() < 0.7 ? pick(rand, bursts) : undefined
      const t = burst ? burst.at + Math.floor(rand() * burst.days * DAY) : from + Math.floor(rand() * (to - from))
      attrs = dateAttributes(rand, Math.floor(t / DAY) * DAY)
    }
    raws.push({ ...attrs, span: parsed(attrs.date, attrs.end) })
  }
  // Written in time order, as a writer would; the loader sorts anyway.
  raws.sort((a, b) => a.span.min - b.span.min || a.span.max - b.span.max)

  const width = String(n).length
  const sources: SyntheticEventSource[] = []
  const events: LayoutEventInput[] = []
  const quotes: { quote: LayoutQuoteInput; index: number }[] = []
  let quoteIndex = 0
  raws.forEach((raw, index) => {
    const id = `e${String(index + 1).padStart(width, '0')}`
    const title = titleOf(rand)
    const importance = weighted(rand, { '1': 1, '2': 14, '3': 5 })
    const quoteCount = rand() < quotedShare ? int(rand, 1, 3) : 0
    const source: SyntheticEventSource = {
      id,
      index,
      ...(raw.end === undefined ? { date: raw.date } : { date: raw.date, end: raw.end }),
      title,
      importance: Number(importance) as 1 | 2 | 3,
      ...(rand() < 0.3 ? { place: pick(rand, PLACES) } : {}),
      body: `${sentence(rand, int(rand, 8, 30))}.`,
      quotes: [],
      after: [],
    }
    const event: LayoutEventInput & { quoteIds: string[] } = { id, title, span: raw.span, importance: source.importance, quoteIds: [] }
    for (let k = 0; k < quoteCount; k++) {
      // Like the loader: a quote inside an event is `<event id>-q<n>` and takes the event's date unless it has its own.
      const ownDate = rand() < 0.15 && raw.span.start.kind === 'date' && raw.span.min > Date.UTC(1, 0, 1) ? dayText(raw.span.min + int(rand, 0, 3) * DAY) : undefined
      const q: SyntheticQuoteSource = {
        id: `${id}-q${k + 1}`,
        index: quoteIndex++,
        by: pick(rand, NAMES),
        ...((role) => (role ? { role } : {}))(pick(rand, ROLES)),
        ...(ownDate ? { date: ownDate } : {}),
        text: sentence(rand, pick(rand, [1, 2, 4, 8, 15, 25, 40, 60])),
      }
      source.quotes.push(q)
      event.quoteIds.push(q.id)
      quotes.push({ index: q.index, quote: { id: q.id, text: q.text, by: q.by, ...(q.role ? { role: q.role } : {}), span: ownDate ? parsed(ownDate) : raw.span, eventId: id } })
    }
    if (rand() < 0.0025 && raw.span.min > Date.UTC(1, 0, 1)) {
      // A quote outside any event needs its own date; the loader names it `quote-<position among quotes>`.
      const date = dayText(raw.span.min + int(rand, 0, 2) * DAY)
      const q: SyntheticQuoteSource = { id: `quote-${quoteIndex + 1}`, index: quoteIndex++, by: pick(rand, NAMES), date, text: sentence(rand, int(rand, 3, 30)) }
      source.after.push(q)
      quotes.push({ index: q.index, quote: { id: q.id, text: q.text, by: q.by, span: parsed(date) } })
    }
    sources.push(source)
    events.push(event)
  })
  // The loader's order: by start, then end, then source order.
  quotes.sort((a, b) => a.quote.span.min - b.quote.span.min || a.quote.span.max - b.quote.span.max || a.index - b.index)
  return { seed, events, quotes: quotes.map((q) => q.quote), sources }
}

// ---------------------------------------------------------------------------
// MDX

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${value}"`)

function quoteMdx(q: SyntheticQuoteSource): string {
  return `<Quote${attr('by', q.by)}${attr('role', q.role)}${attr('date', q.date)}>${q.text}</Quote>`
}

/** Frontmatter a synthetic story may vary: an archive of many stories differs in more than its events. */
export interface SyntheticFrontmatter {
  title?: string
  /** A BCP 47 tag; `en` by default. */
  language?: string
  /** `YYYY-MM-DD`; 2024-12-31 by default. */
  published?: string
  tags?: readonly string[]
}

/** The story as an MDX timeline file: frontmatter, a paragraph, then every `<Event>` (and its `<Quote>`s) in time order. */
export function storyToMdx(story: SyntheticStory, meta: SyntheticFrontmatter = {}): string {
  const out = [
    '---',
    `title: ${meta.title ?? `Synthetic timeline, ${story.sources.length} events (seed ${story.seed})`}`,
    'summary: Generated by bench/synthetic.ts for benchmarks. Not a story; never publish it.',
    `published: ${meta.published ?? '2024-12-31'}`,
    `tags: [${(meta.tags ?? ['benchmark', 'synthetic']).join(', ')}]`,
    `language: ${meta.language ?? 'en'}`,
    '---',
    '',
    'A generated story for measuring Dateline on long timelines: bursts of days, sparse years, every date form.',
    '',
  ]
  for (const e of story.sources) {
    out.push(
      `<Event${attr('date', e.date)}${attr('end', e.end)}${attr('title', e.title)}${attr('id', e.id)}${attr('place', e.place)}${e.importance === 2 ? '' : attr('importance', String(e.importance))}>`,
      e.body,
    )
    for (const q of e.quotes) out.push('', quoteMdx(q))
    out.push('</Event>', '')
    for (const q of e.after) out.push(quoteMdx(q), '')
  }
  return out.join('\n')
}

/** Writes the story's MDX to `file`, refusing anywhere under content/. */
export function writeStoryMdx(story: SyntheticStory, file: string, meta: SyntheticFrontmatter = {}): string {
  const target = path.resolve(file)
  const content = path.resolve('content')
  if (target === content || target.startsWith(content + path.sep)) throw new Error(`refusing to write a synthetic story under content/ (${file}): use bench/out/`)
  mkdirSync(path.dirname(target), { recursive: true })
  writeFileSync(target, storyToMdx(story, meta))
  return target
}

function main(argv: string[]) {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`)
    return i === -1 ? undefined : argv[i + 1]
  }
  const events = Number(arg('events') ?? 1000)
  const seed = Number(arg('seed') ?? 1)
  if (!Number.isInteger(events) || events < 0 || !Number.isInteger(seed)) {
    console.error('usage: tsx bench/synthetic.ts --events N [--seed S] [--out bench/out/synthetic-N.mdx]')
    process.exit(1)
  }
  const out = arg('out') ?? path.join('bench', 'out', `synthetic-${events}.mdx`)
  const story = generateStory({ events, seed })
  const written = writeStoryMdx(story, out)
  console.log(`${story.events.length} events, ${story.quotes.length} quotes → ${path.relative(process.cwd(), written)}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2))
