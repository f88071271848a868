import type { Timeline as TimelineModel, TimelineEvent, TimelineQuote } from '@/lib/content/model'
import { eventDetails, type EventDetail } from '@/lib/content/event-details'
import { tagSlots } from '@/lib/layout/tag-colors'
import { cachedDrawings } from '@/lib/cache/drawings.server'
import { Legend } from './Legend'
import { messagesFor } from '@/lib/i18n'
import { viewerMessages } from '@/lib/i18n/viewer-messages'
import { TimelineViewer } from './TimelineViewer'

/** A story's timeline. */
export function Timeline({ timeline }: { timeline: TimelineModel }) {
  return (
    <TimelineFigure slug={timeline.slug} title={timeline.meta.title} language={timeline.meta.language} timezone={timeline.meta.timezone} events={timeline.events} quotes={timeline.quotes} details={eventDetails(timeline)} />
  )
}

export interface TimelineFigureProps {
  /** Names the figure (`data-timeline`) and its controls' ids: a story's slug, or `tag-<key>` on a tag page. */
  slug: string
  title: string
  language: string
  /** The story's `timezone` (an IANA name), when its frontmatter names one. */
  timezone?: string | undefined
  events: readonly TimelineEvent[]
  quotes: readonly TimelineQuote[]
  details: EventDetail[]
}

/**
 * Events and quotes drawn as a timeline: laid out on the server twice, left to right for wide
 * screens and top to bottom for phones (CSS shows the one that fits; the other is display:none,
 * so it is neither seen nor read out), rendered as SVG in the first HTML and then made
 * interactive by TimelineViewer. A story page draws its story; a tag page, several stories at once.
 */
export async function TimelineFigure({ slug, title, language, timezone, events, quotes, details }: TimelineFigureProps) {
  const tags = [...tagSlots(events.map((e) => e.tags))].map(([tag, slot]) => ({ tag, slot }))
  const messages = messagesFor(language)
  // Kept between builds (lib/cache/drawings.server.ts): laying out is most of a story page's render.
  const drawn = await cachedDrawings(events, quotes, language, timezone)
  return (
    <figure className="tl-figure" id="timeline" data-timeline={slug}>
      <TimelineViewer slug={slug} title={title} {...drawn} messages={viewerMessages(messages, language)} details={details} quoteText={Object.fromEntries(quotes.map((q) => [q.id, q.text]))} tags={tags} />
      <figcaption className="mt-3">
        <Legend t={messages.timeline} />
      </figcaption>
    </figure>
  )
}
