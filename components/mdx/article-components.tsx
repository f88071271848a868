import type { ComponentProps, CSSProperties, ReactNode } from 'react'
import type { Timeline } from '@/lib/content/model'
import { INDEX_PROP } from '@/lib/content/collect'
import { CHUNK_COMPONENT, CHUNK_EVENTS_PROP, CHUNK_PAGE_PROP } from '@/lib/content/chunks'
import { eventHref, pageCount, pageOfIndex } from '@/lib/content/story-pages'
import { EventSection } from './EventSection'
import { QuoteBlock } from './QuoteBlock'

type IndexedProps = { [INDEX_PROP]?: string; children?: ReactNode }

/**
 * The components map handed to the compiled MDX. The collector tagged each
 * <Event> and <Quote> with its index, so each finds its validated model entry
 * (id, parsed date) instead of re-reading raw props. A long story is read in
 * pages (lib/content/story-pages.ts): only page `page`'s chunks are drawn.
 */
export function articleComponents(timeline: Timeline, page = 1) {
  const count = timeline.events.length
  const paged = pageCount(count) > 1
  // An event's page, by its anchor or its quotes' (a quote is on its event's page).
  const pageOf = new Map<string, number>()
  if (paged) {
    for (const e of timeline.events) pageOf.set(e.id, pageOfIndex(e.index, count))
    for (const q of timeline.quotes) if (q.eventId !== undefined && pageOf.has(q.eventId)) pageOf.set(q.id, pageOf.get(q.eventId)!)
  }
  const eventsByIndex = new Map(timeline.events.map((e) => [e.index, e]))
  const quotesByIndex = new Map(timeline.quotes.map((q) => [q.index, q]))
  const locale = timeline.meta.language
  return {
    Event({ [INDEX_PROP]: index, children }: IndexedProps) {
      const event = eventsByIndex.get(Number(index))
      if (!event) return null
      return (
        <EventSection event={event} locale={locale}>
          {children}
        </EventSection>
      )
    },
    // A run of sections the browser may leave unrendered while it is off screen (lib/content/chunks.ts);
    // --events sizes its placeholder until it has been drawn once.
    [CHUNK_COMPONENT]({ [CHUNK_EVENTS_PROP]: events, [CHUNK_PAGE_PROP]: onPage, children }: { [CHUNK_EVENTS_PROP]?: string; [CHUNK_PAGE_PROP]?: string; children?: ReactNode }) {
      if (paged && Number(onPage ?? 1) !== page) return null
      return (
        <div className="prose-chunk" style={{ '--events': Number(events) || 0 } as CSSProperties} {...(paged ? { 'data-story-part': 'article', 'data-page': page } : {})}>
          {children}
        </div>
      )
    },
    Quote({ [INDEX_PROP]: index }: IndexedProps) {
      const quote = quotesByIndex.get(Number(index))
      if (!quote) return null
      return <QuoteBlock quote={quote} locale={locale} />
    },
    // A link to an event (`#id`) on another page of a long story goes to that page.
    ...(paged
      ? {
          a({ href, ...rest }: ComponentProps<'a'>) {
            const id = href?.startsWith('#') ? href.slice(1) : undefined
            const there = id === undefined ? undefined : pageOf.get(id)
            return <a href={there !== undefined ? eventHref(timeline.slug, page, there, id!) : href} {...rest} />
          },
        }
      : {}),
    // Drawn as numbered notes at the end of its event (EventSection), not where it is written.
    Source() {
      return null
    },
  }
}
