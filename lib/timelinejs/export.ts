/**
 * Timeline model → TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html),
 * so a story can be shown with TimelineJS or moved to a newsroom that uses it.
 * Dates go as date parts to the precision they were written; what parts cannot
 * say (approximate, uncertain, seasons, open ends, written offsets) goes into
 * `display_date`, in Dateline's own words.
 */
import type { Timeline, TimelineEvent, TimelineQuote } from '../content/model'
import { attributionOf } from '../layout/event-facts'
import { formatSpan } from '../time/format'
import type { Bound, Instant, TimeSpan } from '../time/types'
import { instantToTimelineJs, type TimelineJsDate } from './dates'

interface TimelineJsText {
  headline: string
  text: string
}

interface TimelineJsExportSlide {
  start_date: TimelineJsDate
  end_date?: TimelineJsDate
  display_date?: string
  text: TimelineJsText
  group?: string
  unique_id: string
  media?: { url: string; alt: string; credit: string }
}

export interface TimelineJsDocument {
  title: { text: TimelineJsText }
  events: TimelineJsExportSlide[]
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** What date parts alone cannot say; such spans get a `display_date`. */
function qualified(span: TimeSpan): boolean {
  const marks = (b: Bound) =>
    b.kind !== 'date' ||
    b.date.approximate ||
    b.date.uncertain ||
    b.date.unspecified ||
    b.date.season !== undefined ||
    b.date.offsetMinutes !== undefined
  return marks(span.start) || marks(span.end)
}

function quoteHtml(q: TimelineQuote): string {
  return `<blockquote>${escapeHtml(q.text)} — ${escapeHtml(attributionOf(q))}</blockquote>`
}

function dates(span: TimeSpan): Pick<TimelineJsExportSlide, 'start_date' | 'end_date'> {
  const start: Instant | undefined = span.start.kind === 'date' ? span.start.date : undefined
  const end: Instant | undefined = span.end.kind === 'date' ? span.end.date : undefined
  // TimelineJS needs a start; `../2022` (began long before) is placed at its known end.
  const first = start ?? end
  if (!first) throw new Error(`span "${span.edtf}" has no date`)
  const out: Pick<TimelineJsExportSlide, 'start_date' | 'end_date'> = { start_date: instantToTimelineJs(first) }
  if (span.interval && start && end) out.end_date = instantToTimelineJs(end)
  return out
}

function slide(id: string, headline: string, html: string, span: TimeSpan, locale: string, group?: string): TimelineJsExportSlide {
  return {
    ...dates(span),
    ...(qualified(span) ? { display_date: formatSpan(span, locale) } : {}),
    text: { headline, text: html },
    ...(group ? { group } : {}),
    unique_id: id,
  }
}

function eventHtml(e: TimelineEvent, quotes: Map<string, TimelineQuote>): string {
  const parts = e.text.trim() ? [`<p>${escapeHtml(e.text.trim())}</p>`] : []
  for (const id of e.quoteIds) {
    const q = quotes.get(id)
    if (q) parts.push(quoteHtml(q))
  }
  return parts.join('')
}

/**
 * The TimelineJS JSON for a timeline: a title slide from the frontmatter, one
 * slide per event (headline, plain text as HTML paragraphs, its quotes as
 * blockquotes, first tag as `group`, id as `unique_id`), and one slide per
 * quote that stands on the timeline by itself. An event's image becomes the
 * slide's media, with its alt text and credit. Years before 1 CE are written
 * the TimelineJS way (see `dates.ts`): EDTF `-0043` → `-44`, shown "44 BCE".
 *
 * @param timeline a loaded timeline
 */
export function exportTimelineJs(timeline: Timeline, { siteUrl }: { siteUrl?: string } = {}): TimelineJsDocument {
  const locale = timeline.meta.language
  const quotes = new Map(timeline.quotes.map((q) => [q.id, q]))
  // TimelineJS loads media from wherever it is embedded: a site-relative image needs the site's address.
  const mediaUrl = (src: string) => (src.startsWith('/') && siteUrl ? new URL(src, siteUrl).href : src)
  const events = timeline.events.map((e) => ({
    ...slide(e.id, e.title, eventHtml(e, quotes), e.span, locale, e.tags[0]),
    ...(e.image ? { media: { url: mediaUrl(e.image.src), alt: e.image.alt, credit: e.image.credit } } : {}),
  }))
  // A quote outside any event is on the timeline too; dropping it would lose a dated entry.
  const standalone = timeline.quotes.filter((q) => q.eventId === undefined).map((q) => slide(q.id, q.by, quoteHtml(q), q.span, locale))
  return {
    title: { text: { headline: timeline.meta.title, text: `<p>${escapeHtml(timeline.meta.summary)}</p>` } },
    events: [...events, ...standalone],
  }
}
