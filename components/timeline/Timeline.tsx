import type { Timeline as TimelineModel } from '@/lib/content/model'
import { eventDetails } from '@/lib/content/event-details'
import { tagSlots } from '@/lib/layout/tag-colors'
import { layoutHorizontal } from '@/lib/layout/timeline-layout'
import { layoutVertical } from '@/lib/layout/vertical-layout'
import { DRAWING_WIDTHS } from '@/lib/layout/drawing-widths'
import { Legend } from './Legend'
import { TimelineViewer } from './TimelineViewer'

/**
 * The whole timeline: laid out on the server twice, left to right for wide
 * screens and top to bottom for phones (CSS shows the one that fits; the other
 * is display:none, so it is neither seen nor read out), rendered as SVG in the
 * first HTML and then made interactive by TimelineViewer.
 */
export function Timeline({ timeline }: { timeline: TimelineModel }) {
  const locale = timeline.meta.language
  // Only what layout reads goes to the browser (not bodies, places or sources).
  const events = timeline.events.map(({ id, title, span, importance, quoteIds }) => ({ id, title, span, importance, quoteIds }))
  const quotes = timeline.quotes.map(({ id, text, by, role, span, eventId }) => ({ id, text, by, span, ...(role !== undefined ? { role } : {}), ...(eventId !== undefined ? { eventId } : {}) }))
  const tags = [...tagSlots(timeline.events.map((e) => e.tags))].map(([tag, slot]) => ({ tag, slot }))
  return (
    <figure className="tl-figure" id="timeline" data-timeline={timeline.slug}>
      <TimelineViewer
        slug={timeline.slug}
        title={timeline.meta.title}
        horizontal={layoutHorizontal(events, quotes, { width: DRAWING_WIDTHS.horizontal, locale })}
        vertical={layoutVertical(events, quotes, { width: DRAWING_WIDTHS.vertical, locale })}
        zoomInput={{ events, quotes, width: DRAWING_WIDTHS.horizontal, locale }}
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
