import { CALLOUT, LABEL, MARGIN_X } from './box-styles'
import { fill } from '../i18n/plural'
import { ENGLISH_LAYOUT } from './layout-texts'
import { clusterWords } from './cluster-words'
import { axisContext, axisMoments, eventTexts, quotesPhrase, storySpans } from './event-facts'
import { hasTimes, zoneName } from '../time/zone'
import { DRAWING_WIDTHS } from './drawing-widths'
import type { LayoutEventInput, LayoutOptions, LayoutQuoteInput, PlanBase } from './layout-types'
import { measureCalloutText, type CalloutText } from './callout-text'
import { textWidth, wrapText } from './text-width'
import { buildTimeAxis, type TimeAxis } from './time-axis'
import { measuredOnce } from './measured-once'

// The horizontal layout in two parts: this plan, made once per story (the axis, where each event stands,
// and the texts measured as they are first shown), and the layout of a view through it (timeline-layout.ts),
// made again at every zoom frame.

/** A timeline prepared for horizontal drawing: its axis at zoom 1 and where each event stands on it. */
export interface HorizontalPlan extends PlanBase {
  /** The axis, and `starts`, `ends`, `looseX` below, as if drawn left to right: a right-to-left layout is reflected at the end. */
  axis: TimeAxis
  /** Each event's start and end on the unzoomed drawing, px (an end that is open or unknown: its start). */
  starts: Float64Array
  ends: Float64Array
  /** Deepest useful zoom: an hour gets about 40 px where time is drawn sparsest. */
  maxZoom: number
  /** Position of each quote by id. */
  quoteIndex: Map<string, number>
  /** Quotes of no event (their indices), in order of where they stand, and where, unzoomed. */
  loose: number[]
  looseX: Float64Array
  /**
   * Measured texts, by event or quote index (clusters by their first and last). They do not change
   * with zoom, and measuring them is most of a layout: a zoom frame measures only what it shows first.
   */
  measured: { labels: Map<number, EventLabel>; clusters: Map<string, ClusterLabel>; callouts: Map<number, CalloutText> }
}

interface EventLabel {
  texts: ReturnType<typeof eventTexts>
  titleLines: string[]
  boxWidth: number
}
interface ClusterLabel {
  titleLines: string[]
  dateLine: string
  boxWidth: number
  words: ReturnType<typeof clusterWords>
}

export function labelOf(plan: HorizontalPlan, index: number): EventLabel {
  return measuredOnce(plan.measured.labels, index, () => {
    const e = plan.events[index]!
    const texts = eventTexts(e, plan.locale, plan.texts)
    const wrapped = wrapText(e.title, LABEL.maxWidth - LABEL.padX * 2, LABEL.titleSize, 2, true)
    const dateWidth = Math.ceil(textWidth(texts.dateLine, LABEL.dateSize, true) * 1.06)
    return { texts, titleLines: wrapped.lines, boxWidth: Math.max(LABEL.minWidth, Math.max(wrapped.width, dateWidth) + LABEL.padX * 2) }
  })
}

export function clusterLabelOf(plan: HorizontalPlan, first: number, last: number): ClusterLabel {
  return measuredOnce(plan.measured.clusters, `${first}:${last}`, () => {
    const words = clusterWords(plan.events.slice(first, last + 1), plan.locale, plan.texts)
    const { title, dateLine } = words
    // Room for the quote count beside the title (known only once quotes are placed) and for the hint line.
    const widest = Math.max(textWidth(`${title}  ❝ ${quotesPhrase(100, plan.texts, plan.locale)}`, LABEL.titleSize, true), textWidth(dateLine, LABEL.dateSize, true) * 1.06, textWidth(plan.texts.clusterHint, LABEL.dateSize))
    return { titleLines: [title], dateLine, boxWidth: Math.max(LABEL.minWidth, Math.ceil(widest) + LABEL.padX * 2), words }
  })
}

export function calloutOf(plan: HorizontalPlan, index: number): CalloutText {
  return measuredOnce(plan.measured.callouts, index, () => measureCalloutText(plan.quotes[index]!, CALLOUT.maxWidth, 2))
}



const HOUR = 3_600_000

/** The part of horizontal layout that does not change with zoom: the axis and each event's place on it. */
export function planHorizontal(events: readonly LayoutEventInput[], quotes: readonly LayoutQuoteInput[], options: LayoutOptions = {}): HorizontalPlan {
  const width = options.width ?? DRAWING_WIDTHS.horizontal
  const locale = options.locale ?? 'en'
  const texts = options.texts ?? ENGLISH_LAYOUT
  const direction = options.direction ?? 'ltr'
  const timeZone = options.timeZone ?? 'UTC'
  const axis = buildTimeAxis(axisMoments(events, quotes), { x0: MARGIN_X, x1: width - MARGIN_X, minExtent: axisContext(events, quotes) })
  const spans = storySpans(events, quotes)
  const zoneText = hasTimes(spans) ? fill(texts.timesIn, { zone: zoneName(timeZone, locale, spans[0]?.min ?? 0) }) : undefined
  const starts = new Float64Array(events.length)
  const ends = new Float64Array(events.length)
  events.forEach((e, i) => {
    starts[i] = axis.scale(new Date(e.span.min))
    ends[i] = e.span.end.kind === 'date' ? Math.max(axis.scale(new Date(e.span.max)), starts[i]!) : starts[i]!
  })
  let sparsest = Infinity
  for (const s of axis.segments) if (s.end > s.start) sparsest = Math.min(sparsest, (s.x1 - s.x0) / (s.end - s.start))
  const maxZoom = Number.isFinite(sparsest) ? Math.min(20_000, Math.max(4, 40 / (sparsest * HOUR))) : 4
  const quoteIndex = new Map(quotes.map((q, i) => [q.id, i]))
  const eventIds = new Set(events.map((e) => e.id))
  // A quote whose event is not in this drawing stands alone, at its own date, as a quote of no event does.
  const looseAt = new Map<number, number>()
  quotes.forEach((q, i) => {
    if (q.eventId === undefined || !eventIds.has(q.eventId)) looseAt.set(i, axis.scale(new Date(q.span.min)))
  })
  const loose = [...looseAt.keys()].sort((a, b) => looseAt.get(a)! - looseAt.get(b)! || a - b)
  const looseX = Float64Array.from(loose, (i) => looseAt.get(i)!)
  return { events, quotes, width, locale, texts, direction, timeZone, zoneText, axis, starts, ends, maxZoom, quoteIndex, loose, looseX, measured: { labels: new Map(), clusters: new Map(), callouts: new Map() } }
}

/**
 * Where an event's mark stands on the drawing as shown, unzoomed (its start, px): what a zoom pans
 * and scales to bring it into view.
 */
export function startOf(plan: HorizontalPlan, index: number): number {
  const x = plan.starts[index]!
  return plan.direction === 'rtl' ? plan.width - x : x
}
