/**
 * Seeded synthetic stories, for benchmarks and for tests of long timelines: N events shaped like a long news
 * story (clustered bursts of days plus sparse years, a few BCE dates, every date form Dateline reads), as
 * layout inputs and (lib/test-support/synthetic-mdx.ts) as an MDX file.
 *
 * Spans are always built by lib/time/parse from the EDTF text that the MDX file carries, so the in-memory
 * story and the written file are the same story.
 */
import type { LayoutEventInput, LayoutQuoteInput } from '../layout/layout-types'
import { parseSpan } from '../time/parse'
import type { TimeSpan } from '../time/types'
import { bceAttributes, dateAttributes, DAY, dayText } from './synthetic-dates'
import { NAMES, PLACES, ROLES, sentence, titleOf } from './synthetic-words'
import { int, pick, storyRandom, weighted } from './story-random'

/** A quote as written in the MDX file. */
export interface SyntheticQuoteSource {
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
  const rand = storyRandom(seed)

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
