import { memo, useMemo } from 'react'
import type { ClusterLayout, EventLayout, TimelineLayout } from '@/lib/layout/layout-types'
import { Axis } from './Axis'
import { ClusterLeader, ClusterMark } from './ClusterMark'
import { EventLeader, EventMark } from './EventMark'
import { FadeGradients } from './FadeGradients'
import { CalloutConnector, QuoteCallout } from './QuoteCallout'
import { QuotePopover } from './QuotePopover'
import { fill } from '@/lib/i18n/plural'
import { useViewerMessages } from './viewer-messages'

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
  /** Never draw shorter than this (px): a zoom that needs fewer lanes must not pull the page up under the reader. */
  minHeight?: number
  /** The quote whose callout is opened up to its full words, if any. */
  expandedQuoteId?: string
  /** Speaker with role, and source and date, of each quote by id, written out in full for the opened callout. */
  quoteMeta?: Record<string, { by: string; meta?: string }>
}

type Mark = { order: number; event?: EventLayout; cluster?: ClusterLayout }

/**
 * One drawing of the timeline (left to right, or top to bottom) as SVG. Pure:
 * the same markup on the server and in the browser, numbers from lib/layout.
 */
export const TimelineSvg = memo(function TimelineSvg({ layout, title, slug, quoteText, tabStopId, selectedId, currentId, tagSlotOf = {}, dimmed, minHeight = 0, expandedQuoteId, quoteMeta = {} }: TimelineSvgProps) {
  const titleId = `tl-title-${slug}-${layout.orientation}`
  const words = useViewerMessages().timeline
  const height = Math.ceil(Math.max(layout.height, minHeight))
  const expanded = expandedQuoteId === undefined ? undefined : layout.callouts.find((c) => c.id === expandedQuoteId)
  // Marks in time order, clusters among events, so reading and tabbing follow time.
  const marks = useMemo(
    () => [...layout.events.map((e): Mark => ({ order: e.order, event: e })), ...layout.clusters.map((c): Mark => ({ order: c.order, cluster: c }))].sort((a, b) => a.order - b.order),
    [layout],
  )
  // Every mark, line and callout is memoised: the current event changes with each section the reader
  // scrolls past, and on a long story re-rendering thousands of marks for it took 100–400 ms a time.
  // Now only the two marks whose props changed draw again.
  return (
    <div className={`tl-scroll tl-${layout.orientation}`} data-orientation={layout.orientation}>
      <div className="tl-canvas">
      <svg
        className={`tl-svg tl-svg-${layout.orientation}`}
        viewBox={`0 0 ${layout.width} ${height}`}
        width={layout.width}
        height={height}
        role="group"
        aria-labelledby={titleId}
        data-event-count={layout.events.length}
      >
        <title id={titleId}>{fill(words.svgTitle, { title })}</title>
        <FadeGradients events={layout.events} />
        <Axis axis={layout.axis} />
        <g className="tl-lines" aria-hidden="true">
          {layout.events.map((e) => (
            <EventLeader key={e.id} event={e} />
          ))}
          {layout.clusters.map((c) => (
            <ClusterLeader key={c.id} cluster={c} />
          ))}
          {layout.callouts.map((c) => (
            <CalloutConnector key={c.id} callout={c} />
          ))}
        </g>
        <g className="tl-callouts">
          {layout.callouts.map((c) => (
            <QuoteCallout
              key={c.id}
              callout={c}
              fullText={quoteText[c.id] ?? ''}
              dimmed={c.eventId !== undefined && dimmed?.has(c.eventId) === true}
              expanded={c.id === expandedQuoteId}
            />
          ))}
        </g>
        <g className="tl-events">
          {marks.map(({ event: e, cluster: c }) =>
            c ? (
              <ClusterMark key={c.id} cluster={c} {...(tabStopId !== undefined ? { tabIndex: c.id === tabStopId ? 0 : -1 } : {})} />
            ) : e ? (
              <EventMark
                key={e.id}
                event={e}
                {...(tabStopId !== undefined ? { tabIndex: e.id === tabStopId ? 0 : -1 } : {})}
                selected={e.id === selectedId}
                current={e.id === currentId}
                dimmed={dimmed?.has(e.id) === true}
                {...(tagSlotOf[e.id] !== undefined ? { tagSlot: tagSlotOf[e.id] } : {})}
              />
            ) : null,
          )}
        </g>
      </svg>
      {expanded ? <QuotePopover callout={expanded} width={layout.width} height={height} text={quoteText[expanded.id] ?? ''} by={quoteMeta[expanded.id]?.by ?? expanded.attribution} {...(quoteMeta[expanded.id]?.meta ? { meta: quoteMeta[expanded.id]!.meta! } : {})} /> : null}
      </div>
    </div>
  )
})
