import type { Timeline as TimelineModel, TimelineEvent, TimelineQuote } from '@/lib/content/model'
import { briefOf, eventDetails, type EventBrief } from '@/lib/content/event-details'
import { pageCount, pageOfIndex } from '@/lib/content/story-pages'
import { Legend } from './Legend'
import { messagesFor } from '@/lib/i18n'
import type { StoryPages } from '@/lib/interaction/model'
import { viewerModel } from '@/lib/interaction/view-model'
import { packModel } from '@/lib/interaction/wire'
import { PackedTimelineViewer } from './PackedTimelineViewer'

/**
 * A story's timeline. A long story is read in pages (lib/content/story-pages.ts): its timeline
 * still draws every event, but sends the browser only their briefs; whole details are fetched a
 * page at a time when one opens (app/timelines/[slug]/details/[file]/route.ts).
 */
export function Timeline({ timeline }: { timeline: TimelineModel }) {
  const count = timeline.events.length
  const details = eventDetails(timeline)
  const paged = pageCount(count) > 1
  const pages = paged ? { slug: timeline.slug, of: timeline.events.map((e) => pageOfIndex(e.index, count)) } : undefined
  return (
    <TimelineFigure
      slug={timeline.slug}
      title={timeline.meta.title}
      language={timeline.meta.language}
      timezone={timeline.meta.timezone}
      events={timeline.events}
      quotes={timeline.quotes}
      details={paged ? details.map(briefOf) : details}
      {...(pages ? { pages } : {})}
    />
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
  details: EventBrief[]
  pages?: StoryPages
}

/**
 * Events and quotes drawn as a timeline: laid out on the server twice, left to right for wide
 * screens and top to bottom for phones (CSS shows the one that fits; the other is display:none,
 * so it is neither seen nor read out), rendered as SVG in the first HTML, which the browser then
 * makes interactive without drawing it again (dom-viewer.ts). What goes to the browser is the
 * model the drawings are laid out from, not the layouts. A story page draws its story; a tag
 * page, several stories at once.
 */
export function TimelineFigure({ slug, title, language, timezone, events, quotes, details, pages }: TimelineFigureProps) {
  const messages = messagesFor(language)
  const model = viewerModel({ slug, title, locale: language, messages, timezone, events, quotes, details, ...(pages ? { pages } : {}), zoomOnArrival: true })
  return (
    <figure className="tl-figure" id="timeline" data-timeline={slug}>
      <PackedTimelineViewer wire={packModel(model)} />
      <figcaption className="mt-3">
        <Legend t={messages.timeline} />
      </figcaption>
    </figure>
  )
}
