import { eventDetails, type EventDetail } from './event-details'
import type { Timeline, TimelineEvent, TimelineQuote } from './model'
import { byTime } from './order'
import { slugInUrl } from './slug'

/** The story an event of a chronology comes from, and its own id there. */
interface ChronologyOrigin {
  slug: string
  title: string
  eventId: string
}

/** Events and quotes of several stories on one timeline: what a tag page draws. */
export interface Chronology {
  events: TimelineEvent[]
  quotes: TimelineQuote[]
  /** Each event's detail, with the story it comes from and a link to the event there. */
  details: EventDetail[]
  /** By the chronology's event id. */
  origins: Map<string, ChronologyOrigin>
}

/**
 * Every event and quote of the stories given, in one time order. Ids become `<slug>--<id>`, so events of
 * different stories never share an anchor; each detail links to the event on its own story page
 * (`storyPath(slug)#id`), with its date written in its story's language.
 */
export function chronology(timelines: readonly Timeline[], storyPath: (slug: string) => string): Chronology {
  const events: TimelineEvent[] = []
  const quotes: TimelineQuote[] = []
  const details: EventDetail[] = []
  const origins = new Map<string, ChronologyOrigin>()
  const idOf = (t: Timeline, id: string) => `${t.slug}--${id}`
  for (const t of timelines) {
    for (const e of t.events) {
      const id = idOf(t, e.id)
      origins.set(id, { slug: t.slug, title: t.meta.title, eventId: e.id })
      events.push({ ...e, id, index: events.length, quoteIds: e.quoteIds.map((q) => idOf(t, q)) })
    }
    for (const q of t.quotes) quotes.push({ ...q, id: idOf(t, q.id), index: quotes.length, ...(q.eventId !== undefined ? { eventId: idOf(t, q.eventId) } : {}) })
    for (const d of eventDetails(t)) {
      details.push({
        ...d,
        id: idOf(t, d.id),
        quotes: d.quotes.map((q) => ({ ...q, id: idOf(t, q.id) })),
        story: { title: t.meta.title, href: `${storyPath(t.slug)}#${slugInUrl(d.id)}` },
      })
    }
  }
  events.sort(byTime)
  quotes.sort(byTime)
  const order = new Map(events.map((e, i) => [e.id, i]))
  details.sort((a, b) => order.get(a.id)! - order.get(b.id)!)
  return { events, quotes, details, origins }
}
