import { formatSpan } from '../time/format'
import type { EventImage, Timeline } from './model'

/** What the timeline's detail view shows for one event: plain, serialisable data for the browser. */
export interface EventDetail {
  id: string
  title: string
  dateText: string
  place?: string
  tags: string[]
  text: string
  image?: EventImage
  quotes: { id: string; text: string; by: string; role?: string; source?: string; dateText?: string; lang?: string }[]
}

/** Event details in time order, with dates written out in the timeline's language. */
export function eventDetails(timeline: Timeline): EventDetail[] {
  const locale = timeline.meta.language
  const quotes = new Map(timeline.quotes.map((q) => [q.id, q]))
  return timeline.events.map((e) => ({
    id: e.id,
    title: e.title,
    dateText: formatSpan(e.span, locale),
    ...(e.place ? { place: e.place } : {}),
    tags: e.tags,
    text: e.text,
    ...(e.image ? { image: e.image } : {}),
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
