import type { Timeline as TimelineModel } from '@/lib/content/model'
import { eventDetails } from '@/lib/content/event-details'
import { tagSlots } from '@/lib/layout/tag-colors'
import { cachedDrawings } from '@/lib/cache/drawings.server'
import { Legend } from './Legend'
import { TimelineViewer } from './TimelineViewer'

/**
 * The whole timeline: laid out on the server twice, left to right for wide
 * screens and top to bottom for phones (CSS shows the one that fits; the other
 * is display:none, so it is neither seen nor read out), rendered as SVG in the
 * first HTML and then made interactive by TimelineViewer.
 */
export async function Timeline({ timeline }: { timeline: TimelineModel }) {
  // Kept between builds (lib/cache/drawings.server.ts): laying out is most of a story page's render.
  const drawn = await cachedDrawings(timeline.events, timeline.quotes, timeline.meta.language)
  const tags = [...tagSlots(timeline.events.map((e) => e.tags))].map(([tag, slot]) => ({ tag, slot }))
  return (
    <figure className="tl-figure" id="timeline" data-timeline={timeline.slug}>
      <TimelineViewer
        slug={timeline.slug}
        title={timeline.meta.title}
        {...drawn}
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
