import type { ReactNode } from 'react'
import type { Timeline } from '@/lib/content/model'
import { INDEX_PROP } from '@/lib/content/collect'
import { EventSection } from './EventSection'
import { QuoteBlock } from './QuoteBlock'

type IndexedProps = { [INDEX_PROP]?: string; children?: ReactNode }

/**
 * The components map handed to the compiled MDX. The collector tagged each
 * <Event> and <Quote> with its index, so each finds its validated model entry
 * (id, parsed date) instead of re-reading raw props.
 */
export function articleComponents(timeline: Timeline) {
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
    Quote({ [INDEX_PROP]: index }: IndexedProps) {
      const quote = quotesByIndex.get(Number(index))
      if (!quote) return null
      return <QuoteBlock quote={quote} locale={locale} />
    },
  }
}
