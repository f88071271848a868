import type { TimelineLayout } from '@/lib/layout/layout-types'
import { Axis } from './Axis'
import { EventLeader, EventMark } from './EventMark'
import { FadeGradients } from './FadeGradients'
import { CalloutConnector, QuoteCallout } from './QuoteCallout'

export interface TimelineSvgProps {
  layout: TimelineLayout
  title: string
  slug: string
  quoteText: Record<string, string>
  /** The one event reachable with Tab (roving tabindex); undefined without JavaScript, where every mark is a plain link. */
  tabStopId?: string
  selectedId?: string
  currentId?: string
  /** Palette slot of each event's first tag, by event id. */
  tagSlotOf?: Record<string, number>
  /** Events (and their quotes) filtered out by tag: drawn faint, still in place. */
  dimmed?: ReadonlySet<string>
}

/**
 * One drawing of the timeline (left to right, or top to bottom) as SVG. Pure:
 * the same markup on the server and in the browser, numbers from lib/layout.
 */
export function TimelineSvg({ layout, title, slug, quoteText, tabStopId, selectedId, currentId, tagSlotOf = {}, dimmed }: TimelineSvgProps) {
  const titleId = `tl-title-${slug}-${layout.orientation}`
  const height = Math.ceil(layout.height)
  return (
    <div className={`tl-scroll tl-${layout.orientation}`} data-orientation={layout.orientation}>
      <svg
        className={`tl-svg tl-svg-${layout.orientation}`}
        viewBox={`0 0 ${layout.width} ${height}`}
        width={layout.width}
        height={height}
        role="group"
        aria-labelledby={titleId}
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
            <QuoteCallout key={c.id} callout={c} fullText={quoteText[c.id] ?? ''} dimmed={c.eventId !== undefined && dimmed?.has(c.eventId) === true} />
          ))}
        </g>
        <g className="tl-events">
          {layout.events.map((e) => (
            <EventMark
              key={e.id}
              event={e}
              {...(tabStopId !== undefined ? { tabIndex: e.id === tabStopId ? 0 : -1 } : {})}
              selected={e.id === selectedId}
              current={e.id === currentId}
              dimmed={dimmed?.has(e.id) === true}
              {...(tagSlotOf[e.id] !== undefined ? { tagSlot: tagSlotOf[e.id] } : {})}
            />
          ))}
        </g>
      </svg>
    </div>
  )
}
