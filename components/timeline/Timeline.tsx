import type { Timeline as TimelineModel } from '@/lib/content/model'
import type { TimelineLayout } from '@/lib/layout/layout-types'
import { layoutHorizontal } from '@/lib/layout/timeline-layout'
import { layoutVertical } from '@/lib/layout/vertical-layout'
import { Axis } from './Axis'
import { EventLeader, EventMark } from './EventMark'
import { FadeGradients } from './FadeGradients'
import { Legend } from './Legend'
import { CalloutConnector, QuoteCallout } from './QuoteCallout'

/**
 * The whole timeline as server-rendered SVG: complete in the first HTML,
 * readable with JavaScript off. It is laid out twice, left to right for wide
 * screens and top to bottom for phones, and CSS shows the one that fits (the
 * other is display:none, so it is neither seen nor read out). lib/layout
 * supplies every number; these components only draw them.
 */
export function Timeline({ timeline }: { timeline: TimelineModel }) {
  const locale = timeline.meta.language
  const horizontal = layoutHorizontal(timeline.events, timeline.quotes, { width: 1120, locale })
  const vertical = layoutVertical(timeline.events, timeline.quotes, { width: 380, locale })
  const quoteText = new Map(timeline.quotes.map((q) => [q.id, q.text]))
  return (
    <figure className="tl-figure" data-timeline={timeline.slug}>
      <TimelineSvg layout={horizontal} title={timeline.meta.title} slug={timeline.slug} quoteText={quoteText} />
      <TimelineSvg layout={vertical} title={timeline.meta.title} slug={timeline.slug} quoteText={quoteText} />
      <figcaption className="mt-3">
        <Legend />
      </figcaption>
    </figure>
  )
}

function TimelineSvg({ layout, title, slug, quoteText }: { layout: TimelineLayout; title: string; slug: string; quoteText: Map<string, string> }) {
  const titleId = `tl-title-${slug}-${layout.orientation}`
  const height = Math.ceil(layout.height)
  return (
    <div className={`tl-scroll tl-${layout.orientation}`} {...(layout.orientation === 'horizontal' ? { tabIndex: 0, role: 'region', 'aria-labelledby': titleId } : {})}>
      <svg
        className={`tl-svg tl-svg-${layout.orientation}`}
        viewBox={`0 0 ${layout.width} ${height}`}
        width={layout.width}
        height={height}
        role="group"
        aria-labelledby={titleId}
        data-orientation={layout.orientation}
        data-event-count={layout.events.length}
      >
        <title id={titleId}>{`Timeline: ${title}`}</title>
        <FadeGradients events={layout.events} />
        <Axis axis={layout.axis} />
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
          {layout.events.map((e) => (
            <EventMark key={e.id} event={e} />
          ))}
        </g>
      </svg>
    </div>
  )
}
