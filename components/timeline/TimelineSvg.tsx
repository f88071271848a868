import { memo, useMemo } from 'react'
import type { ClusterLayout, EventLayout, TimelineLayout } from '@/lib/layout/layout-types'
import { Axis } from './Axis'
import { ClusterLeader, ClusterMark } from './ClusterMark'
import { EventLeader, EventMark } from './EventMark'
import { FadeGradients } from './FadeGradients'
import { CalloutConnector, QuoteCallout } from './QuoteCallout'
import { fill } from '@/lib/i18n/plural'
import { useViewerMessages } from './viewer-messages'

/** What a drawing shows beyond its layout: which marks stand out, and how the reader reaches them. */
interface MarkState {
  /** The one mark reachable with Tab (roving tabindex); undefined without JavaScript, where every mark is a plain link. */
  tabStopId?: string | undefined
  selectedId?: string | undefined
  currentId?: string | undefined
  /** Events (and their quotes) filtered out by tag: drawn faint, still in place. */
  dimmed?: ReadonlySet<string>
  /** The quote whose callout is opened up to its full words, if any. */
  expandedQuoteId?: string | undefined
}

export interface SvgContentProps extends MarkState {
  layout: TimelineLayout
  title: string
  slug: string
  quoteText: Record<string, string>
  /** Palette slot of each event's first tag, by event id. */
  tagSlotOf: Record<string, number>
  /** Where the marks of events on other pages of a long story link (lib/interaction/model.ts: eventHrefs). */
  eventHrefs?: Record<string, string>
}

type Mark = { order: number; event?: EventLayout; cluster?: ClusterLayout }

/** The drawing's box: its orientation names it, and it scrolls sideways when wider than the screen. */
const drawingTitleId = (slug: string, orientation: string) => `tl-title-${slug}-${orientation}`

/**
 * What one drawing of the timeline holds inside its <svg>: title, gradients, axis, lines, callouts
 * and marks. Pure: numbers from lib/layout. The server renders it inside TimelineSvg; the browser
 * renders it again into a drawing the reader zooms, at each zoom (components/timeline/drawing-root.tsx).
 */
export const SvgContent = memo(function SvgContent({ layout, title, slug, quoteText, tabStopId, selectedId, currentId, tagSlotOf, eventHrefs, dimmed, expandedQuoteId }: SvgContentProps) {
  const direction = layout.direction ?? 'ltr'
  const words = useViewerMessages().timeline
  // Marks in time order, clusters among events, so reading and tabbing follow time.
  const marks = useMemo(
    () => [...layout.events.map((e): Mark => ({ order: e.order, event: e })), ...layout.clusters.map((c): Mark => ({ order: c.order, cluster: c }))].sort((a, b) => a.order - b.order),
    [layout],
  )
  // Every mark, line and callout is memoised: on a zoom frame only what moved draws again.
  return (
    <>
      <title id={drawingTitleId(slug, layout.orientation)}>{fill(words.svgTitle, { title })}</title>
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
            direction={direction}
          />
        ))}
      </g>
      <g className="tl-events">
        {marks.map(({ event: e, cluster: c }) =>
          c ? (
            <ClusterMark key={c.id} cluster={c} direction={direction} {...(eventHrefs?.[c.eventIds[0]!] ? { href: eventHrefs[c.eventIds[0]!] } : {})} {...(tabStopId !== undefined ? { tabIndex: c.id === tabStopId ? 0 : -1 } : {})} />
          ) : e ? (
            <EventMark
              key={e.id}
              event={e}
              direction={direction}
              {...(eventHrefs?.[e.id] ? { href: eventHrefs[e.id] } : {})}
              {...(tabStopId !== undefined ? { tabIndex: e.id === tabStopId ? 0 : -1 } : {})}
              selected={e.id === selectedId}
              current={e.id === currentId}
              dimmed={dimmed?.has(e.id) === true}
              {...(tagSlotOf[e.id] !== undefined ? { tagSlot: tagSlotOf[e.id] } : {})}
            />
          ) : null,
        )}
      </g>
    </>
  )
})

/** The height a drawing is drawn at: its layout's, or more while zooming (see dom-viewer-zoom.ts). */
export const drawnHeight = (layout: TimelineLayout, minHeight = 0) => Math.ceil(Math.max(layout.height, minHeight))

/**
 * One drawing of the timeline (left to right, or top to bottom) as SVG, in the box it scrolls in
 * and the canvas an opened quote is placed on (QuotePopover).
 */
export function TimelineSvg(props: SvgContentProps) {
  const { layout, slug } = props
  const height = drawnHeight(layout)
  return (
    // A right-to-left drawing's box reads right to left too: its text anchors from the right, and when it
    // is wider than the screen it opens scrolled to its right end, where time starts.
    <div className={`tl-scroll tl-${layout.orientation}`} data-orientation={layout.orientation} {...(layout.direction ? { dir: layout.direction } : {})}>
      <div className="tl-canvas">
        <svg
          className={`tl-svg tl-svg-${layout.orientation}`}
          viewBox={`0 0 ${layout.width} ${height}`}
          width={layout.width}
          height={height}
          role="group"
          aria-labelledby={drawingTitleId(slug, layout.orientation)}
          data-event-count={layout.events.length}
        >
          <SvgContent {...props} />
        </svg>
      </div>
    </div>
  )
}
