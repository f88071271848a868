import type { Timeline as TimelineModel } from '@/lib/content/model'
import { layoutTimeline } from '@/lib/layout/timeline-layout'
import { Axis } from './Axis'
import { EventLeader, EventMark } from './EventMark'
import { FadeGradients } from './FadeGradients'
import { Legend } from './Legend'
import { CalloutConnector, QuoteCallout } from './QuoteCallout'

/**
 * The whole timeline as server-rendered SVG: complete in the first HTML,
 * readable with JavaScript off. d3 (through lib/layout) supplies the numbers;
 * this component only draws them.
 */
export function Timeline({ timeline, width = 1120 }: { timeline: TimelineModel; width?: number }) {
  const layout = layoutTimeline(timeline.events, timeline.quotes, { width, locale: timeline.meta.language })
  const quoteText = new Map(timeline.quotes.map((q) => [q.id, q.text]))
  const titleId = `tl-title-${timeline.slug}`
  return (
    <figure className="tl-figure" data-timeline={timeline.slug}>
      <div className="tl-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
        <svg
          className="tl-svg"
          viewBox={`0 0 ${layout.width} ${Math.ceil(layout.height)}`}
          width={layout.width}
          height={Math.ceil(layout.height)}
          role="group"
          aria-labelledby={titleId}
          data-event-count={layout.events.length}
        >
          <title id={titleId}>{`Timeline: ${timeline.meta.title}`}</title>
          <FadeGradients events={layout.events} />
          <Axis layout={layout} />
          <g className="tl-lines" aria-hidden="true">
            {layout.events.map((e) => (
              <EventLeader key={e.id} event={e} />
            ))}
            {layout.callouts.map((c) => (
              <CalloutConnector key={c.id} callout={c} />
            ))}
          </g>
          <g className="tl-callouts">
            {layout.callouts.map((c) => (
              <QuoteCallout key={c.id} callout={c} fullText={quoteText.get(c.id) ?? ''} />
            ))}
          </g>
          <g className="tl-events">
            {layout.events.map((e, i) => (
              <EventMark key={e.id} event={e} quoteCount={timeline.events[i]?.quoteIds.length ?? 0} />
            ))}
          </g>
        </svg>
      </div>
      <figcaption className="mt-3">
        <Legend />
      </figcaption>
    </figure>
  )
}
