import { formatDay, formatSpan } from '../time/format'
import type { EventImage, EventSource, Timeline } from './model'
import type { Paragraph } from './rich-text'

/** What the timeline's detail view shows for one event: plain, serialisable data for the browser. */
export interface EventDetail {
  id: string
  title: string
  dateText: string
  place?: string
  tags: string[]
  /** The event's prose with its paragraphs, emphasis and links (plain text for an event that has only that). */
  paragraphs: Paragraph[]
  image?: EventImage
  sources: SourceNote[]
  quotes: { id: string; text: string; by: string; role?: string; source?: string; dateText?: string; lang?: string }[]
  /** On a page of several stories (a tag's chronology): the story the event belongs to, and its anchor there. */
  story?: { title: string; href: string }
}

/**
 * What the timeline holds of every event of a long story at once: its detail without the prose,
 * picture, sources and quotes' words, which are fetched a page at a time when a detail opens
 * (the quotes' words are in the layout's input already). A whole EventDetail is one too.
 */
export type EventBrief = Omit<EventDetail, 'paragraphs' | 'image' | 'sources' | 'quotes'> & { quotes: Omit<EventDetail['quotes'][number], 'text'>[] }

/** The brief of a detail: what a long story's timeline sends for every event. */
export function briefOf(d: EventDetail): EventBrief {
  return {
    id: d.id,
    title: d.title,
    dateText: d.dateText,
    ...(d.place !== undefined ? { place: d.place } : {}),
    tags: d.tags,
    quotes: d.quotes.map((q) => {
      const brief: Partial<EventDetail['quotes'][number]> = { ...q }
      delete brief.text
      return brief as EventBrief['quotes'][number]
    }),
    ...(d.story ? { story: d.story } : {}),
  }
}

/** A `<Source>` as its note shows it: the day written out in the story's language. */
export type SourceNote = Omit<EventSource, 'line'> & { dateText?: string }

/** An event's sources as numbered notes show them, in the article and in the detail panel alike. */
export function sourceNotes(sources: readonly EventSource[], locale: string): SourceNote[] {
  return sources.map((s) => ({
    outlet: s.outlet,
    ...(s.url ? { url: s.url } : {}),
    ...(s.title ? { title: s.title } : {}),
    ...(s.published ? { published: s.published, dateText: formatDay(s.published, locale) } : {}),
  }))
}

/** Event details in time order, with dates written out in the timeline's language. */
export function eventDetails(timeline: Pick<Timeline, 'events' | 'quotes'> & { meta: Pick<Timeline['meta'], 'language'> }): EventDetail[] {
  const locale = timeline.meta.language
  const quotes = new Map(timeline.quotes.map((q) => [q.id, q]))
  return timeline.events.map((e) => ({
    id: e.id,
    title: e.title,
    dateText: formatSpan(e.span, locale),
    ...(e.place ? { place: e.place } : {}),
    tags: e.tags,
    paragraphs: e.paragraphs ?? (e.text ? [[{ text: e.text }]] : []),
    ...(e.image ? { image: e.image } : {}),
    sources: sourceNotes(e.sources, locale),
    quotes: e.quoteIds.flatMap((id) => {
      const q = quotes.get(id)
      if (!q) return []
      return [
        {
          id: q.id,
          text: q.text,
          by: q.by,
          ...(q.role ? { role: q.role } : {}),
          ...(q.source ? { source: q.source } : {}),
          ...(q.dated ? { dateText: formatSpan(q.span, locale) } : {}),
          ...(q.lang ? { lang: q.lang } : {}),
        },
      ]
    }),
  }))
}
