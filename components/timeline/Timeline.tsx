import type { Timeline as TimelineModel } from '@/lib/content/model'
import { eventDetails } from '@/lib/content/event-details'
import { tagSlots } from '@/lib/layout/tag-colors'
import { drawings } from '@/lib/layout/drawings'
import { Legend } from './Legend'
import { TimelineViewer } from './TimelineViewer'

/**
 * The whole timeline: laid out on the server twice, left to right for wide
 * screens and top to bottom for phones (CSS shows the one that fits; the other
 * is display:none, so it is neither seen nor read out), rendered as SVG in the
 * first HTML and then made interactive by TimelineViewer.
 */
export function Timeline({ timeline }: { timeline: TimelineModel }) {
  const tags = [...tagSlots(timeline.events.map((e) => e.tags))].map(([tag, slot]) => ({ tag, slot }))
  return (
    <figure className="tl-figure" id="timeline" data-timeline={timeline.slug}>
      <TimelineViewer
        slug={timeline.slug}
        title={timeline.meta.title}
        {...drawings(timeline.events, timeline.quotes, timeline.meta.language)}
        details={eventDetails(timeline)}
        quoteText={Object.fromEntries(timeline.quotes.map((q) => [q.id, q.text]))}
        tags={tags}
      />
      <figcaption className="mt-3">
        <Legend />
      </figcaption>
    </figure>
  )
}
