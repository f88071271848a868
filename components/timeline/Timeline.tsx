import type { Timeline as TimelineModel, TimelineEvent, TimelineQuote } from '@/lib/content/model'
import { eventDetails, type EventDetail } from '@/lib/content/event-details'
import { Legend } from './Legend'
import { messagesFor } from '@/lib/i18n'
import { viewerModel } from '@/lib/interaction/view-model'
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
 * so it is neither seen nor read out), rendered as SVG in the first HTML, which the browser then
 * makes interactive without drawing it again (TimelineViewer). What goes to the browser is the
 * model the drawings are laid out from, not the layouts. A story page draws its story; a tag
 * page, several stories at once.
 */
export function TimelineFigure({ slug, title, language, timezone, events, quotes, details }: TimelineFigureProps) {
  const messages = messagesFor(language)
  return (
    <figure className="tl-figure" id="timeline" data-timeline={slug}>
      <TimelineViewer model={viewerModel({ slug, title, locale: language, messages, timezone, events, quotes, details, zoomOnArrival: true })} />
      <figcaption className="mt-3">
        <Legend t={messages.timeline} />
      </figcaption>
    </figure>
  )
}
