import { formatShortLabel, formatSpan } from '../time/format'
import type { TimeSpan } from '../time/types'
import { packLanes, placeInLanes, type Extent } from './lanes'
import { textWidth, wrapText } from './text-width'
import { axisTicks, type Tick } from './ticks'
import { buildTimeAxis, type AxisBreak, type Segment } from './time-axis'

/** What the layout needs of an event; the content model satisfies it. */
export interface LayoutEventInput {
  id: string
  title: string
  span: TimeSpan
  importance: 1 | 2 | 3
  quoteIds: readonly string[]
}

/** What the layout needs of a quote. */
export interface LayoutQuoteInput {
  id: string
  text: string
  by: string
  role?: string
  span: TimeSpan
  eventId?: string
}

export interface LayoutOptions {
  /** Drawing width in px (the SVG's viewBox width). */
  width?: number
  /** BCP 47 language for date labels. */
  locale?: string
}

export type Point = [x: number, y: number]

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface EventLayout {
  id: string
  /** Position in time order. */
  order: number
  title: string
  /** Full date as read aloud and shown in the detail, e.g. "c. February 2022". */
  dateText: string
  /** Compact date for the label, e.g. "24 Feb 2022". */
  shortDate: string
  ariaLabel: string
  importance: 1 | 2 | 3
  /** Where the event stands on the axis: its start, or its only date. */
  x: number
  /** A point for day- and time-precision single dates; a span for months, years and intervals. */
  shape: 'point' | 'span'
  approximate: boolean
  uncertain: boolean
  point?: { cx: number; cy: number; r: number }
  bar?: {
    x0: number
    x1: number
    y: number
    height: number
    /** How each end is drawn: a firm edge, a fuzzy one (approximate/uncertain), one that fades out (open or unknown). */
    startStyle: 'firm' | 'fuzzy' | 'open' | 'unknown'
    endStyle: 'firm' | 'fuzzy' | 'open' | 'unknown'
  }
  label: Box & { lane: number; titleLines: string[] }
  /** From the mark to the label box: straight down, or with one elbow when the box had to move aside. */
  leader: Point[]
}

export interface CalloutLayout {
  id: string
  eventId?: string
  /** Where the connector meets the axis. */
  anchorX: number
  box: Box
  lines: string[]
  attribution: string
  truncated: boolean
  /** From the axis to the callout box, with an elbow when the box moved aside. */
  connector: Point[]
  lane: number
}

export interface TimelineLayout {
  width: number
  height: number
  axisY: number
  segments: Segment[]
  breaks: AxisBreak[]
  ticks: Tick[]
  events: EventLayout[]
  callouts: CalloutLayout[]
}

// Geometry, px. Type sizes match components/timeline.
const MARGIN_X = 20
const MARGIN_TOP = 10
export const LABEL = { dateSize: 11, titleSize: 13.5, lineHeight: 17, padX: 8, padY: 7, maxWidth: 210, minWidth: 90, gap: 10 }
const LABEL_HEIGHT = LABEL.padY * 2 + 14 + LABEL.lineHeight * 2
const LABEL_LANE = LABEL_HEIGHT + 12
const BAR = { height: 8, gap: 4 }
export const CALLOUT = { textSize: 13, lineHeight: 17, bySize: 11, padX: 10, padY: 8, maxWidth: 250, gap: 12 }
const CALLOUT_HEIGHT = CALLOUT.padY * 2 + CALLOUT.lineHeight * 2 + 16
const CALLOUT_LANE = CALLOUT_HEIGHT + 12
const TICK_BAND = 34

function isPoint(span: TimeSpan): boolean {
  return !span.interval && span.start.kind === 'date' && (span.start.date.precision === 'day' || span.start.date.precision === 'time')
}

function endStyle(bound: TimeSpan['start']): 'firm' | 'fuzzy' | 'open' | 'unknown' {
  if (bound.kind === 'open') return 'open'
  if (bound.kind === 'unknown') return 'unknown'
  return bound.date.approximate || bound.date.uncertain ? 'fuzzy' : 'firm'
}

function qualifiers(span: TimeSpan) {
  const dates = [span.start, span.end].flatMap((b) => (b.kind === 'date' ? [b.date] : []))
  return { approximate: dates.some((d) => d.approximate), uncertain: dates.some((d) => d.uncertain) }
}

/**
 * Where a box hung from `anchor` may stand, in order of preference: starting at
 * the anchor, ending at it, centred on it. Each is kept inside the drawing, and
 * each still covers the anchor so its leader line meets the box.
 */
function boxCandidates(anchor: number, width: number, left: number, right: number, gap: number, shifts: number): { candidates: Extent[]; near: number } {
  const clamp = (x0: number) => Math.min(Math.max(x0, left), right - width)
  const near = [...new Set([anchor - 6, anchor + 6 - width, anchor - width / 2].map(clamp))]
  // Further out, a box may stand a whole box-width or more to either side, joined by an elbowed line.
  const far = Array.from({ length: shifts }, (_, k) => [anchor + 6 - width - (k + 1) * (width + gap), anchor - 6 + (k + 1) * (width + gap)])
    .flat()
    .map(clamp)
    .filter((x0) => !near.includes(x0))
  return { candidates: [...near, ...new Set(far)].map((x0) => ({ x0, x1: x0 + width })), near: near.length }
}

/**
 * A line from a mark at (x, from) to a box edge at height `to`: straight when the
 * box is above or below the mark, otherwise down (or up) to just short of the
 * box, then across to it.
 */
function elbow(x: number, from: number, to: number, box: { x: number; width: number }, turn: number): Point[] {
  if (x >= box.x + 4 && x <= box.x + box.width - 4) return [[x, from], [x, to]]
  const attach = Math.min(Math.max(x, box.x + 10), box.x + box.width - 10)
  return [[x, from], [x, turn], [attach, turn], [attach, to]]
}

/**
 * Lays out a whole timeline as plain numbers: axis segments and ticks, one
 * mark per event, label boxes packed into lanes above the axis and quote
 * callouts packed below it, so that no two boxes overlap. React renders the
 * result as SVG; nothing here touches the DOM.
 */
export function layoutTimeline(
  events: readonly LayoutEventInput[],
  quotes: readonly LayoutQuoteInput[],
  options: LayoutOptions = {},
): TimelineLayout {
  const width = options.width ?? 1120
  const locale = options.locale ?? 'en'

  // The axis runs through every start, and through the end of every span short enough to anchor it;
  // long bars (open ends, whole years) are drawn across breaks instead of holding gaps open.
  const spans = [...events.map((e) => e.span), ...quotes.filter((q) => q.eventId === undefined).map((q) => q.span)]
  const overall = spans.length ? Math.max(...spans.map((s) => s.max)) - Math.min(...spans.map((s) => s.min)) : 0
  // Only written intervals hold their end on the axis; a month or a year is drawn from its start, across a break if need be.
  // Ends are exclusive here (max + 1) so that a span ending one day and an event the next share a moment.
  const moments = spans.flatMap((s) => (s.interval && s.end.kind === 'date' && s.max - s.min <= overall / 5 ? [s.min, s.max + 1] : [s.min]))
  const axis = buildTimeAxis(moments, { x0: MARGIN_X, x1: width - MARGIN_X })
  const x = (t: number) => axis.scale(new Date(t))
  const right = width - MARGIN_X

  // Labels: measure, then pack into lanes above the axis.
  const drafts = events.map((e, order) => {
    const dateText = formatSpan(e.span, locale)
    const shortDate = formatShortLabel(e.span, locale)
    const dateLine = e.quoteIds.length ? `${shortDate}  ❝ ${e.quoteIds.length}` : shortDate
    const wrapped = wrapText(e.title, LABEL.maxWidth - LABEL.padX * 2, LABEL.titleSize, 2, true)
    const dateWidth = Math.ceil(textWidth(dateLine, LABEL.dateSize, true) * 1.06)
    const boxWidth = Math.max(LABEL.minWidth, Math.max(wrapped.width, dateWidth) + LABEL.padX * 2)
    const anchor = x(e.span.min)
    return { e, order, dateText, shortDate, wrapped, boxWidth, anchor, ...boxCandidates(anchor, boxWidth, MARGIN_X, right, LABEL.gap, 1) }
  })
  const labelPlaces = placeInLanes(drafts, LABEL.gap, 4)
  const labelLanes = labelPlaces.map((p) => p.lane)
  const labelLaneCount = Math.max(0, ...labelLanes) + 1

  // Bars (spans) pack into thin lanes just above the axis.
  const spanDrafts = drafts.filter((d) => !isPoint(d.e.span))
  const barLanes = packLanes(
    spanDrafts.map((d) => ({ x0: x(d.e.span.min), x1: d.e.span.end.kind === 'date' ? Math.max(x(d.e.span.max), x(d.e.span.min) + 4) : right })),
    3,
  )
  const barLaneCount = spanDrafts.length ? Math.max(...barLanes) + 1 : 0
  const barLaneOf = new Map(spanDrafts.map((d, i) => [d.e.id, barLanes[i]!]))

  const axisY = MARGIN_TOP + labelLaneCount * LABEL_LANE + barLaneCount * (BAR.height + BAR.gap) + 16

  const eventLayouts: EventLayout[] = drafts.map((d, i) => {
    const lane = labelLanes[i]!
    const boxX = d.candidates[labelPlaces[i]!.choice]!.x0
    const y = axisY - 16 - barLaneCount * (BAR.height + BAR.gap) - (lane + 1) * LABEL_LANE + 12
    const { approximate, uncertain } = qualifiers(d.e.span)
    const point = isPoint(d.e.span)
    const quoteCount = d.e.quoteIds.length
    const ariaLabel = `${d.dateText}: ${d.e.title}${quoteCount ? `, ${quoteCount} ${quoteCount === 1 ? 'quote' : 'quotes'}` : ''}`
    const base = {
      id: d.e.id,
      order: d.order,
      title: d.e.title,
      dateText: d.dateText,
      shortDate: d.shortDate,
      ariaLabel,
      importance: d.e.importance,
      x: d.anchor,
      approximate,
      uncertain,
      label: { x: boxX, y, width: d.boxWidth, height: LABEL_HEIGHT, lane, titleLines: d.wrapped.lines },
    }
    if (point) {
      const r = d.e.importance === 1 ? 7 : d.e.importance === 3 ? 4.5 : 5.5
      const leader = elbow(d.anchor, axisY - r, y + LABEL_HEIGHT, { x: boxX, width: d.boxWidth }, y + LABEL_HEIGHT + 5)
      return { ...base, shape: 'point' as const, point: { cx: d.anchor, cy: axisY, r }, leader }
    }
    const barLane = barLaneOf.get(d.e.id) ?? 0
    const barY = axisY - 10 - BAR.height - barLane * (BAR.height + BAR.gap)
    const x0 = d.e.span.start.kind === 'date' ? x(d.e.span.min) : Math.max(MARGIN_X, x(d.e.span.min) - 60)
    const x1 = d.e.span.end.kind === 'date' ? Math.max(x(d.e.span.max), x0 + 4) : d.e.span.end.kind === 'open' ? right : Math.min(right, x0 + 80)
    return {
      ...base,
      shape: 'span' as const,
      bar: { x0, x1, y: barY, height: BAR.height, startStyle: endStyle(d.e.span.start), endStyle: endStyle(d.e.span.end) },
      leader: elbow(d.anchor, barY, y + LABEL_HEIGHT, { x: boxX, width: d.boxWidth }, y + LABEL_HEIGHT + 5),
    }
  })

  // Callouts below the axis, one per quote, connected to their event's mark. They only ever stand beside
  // their mark (never moved aside): a quote shown under another week would misdate it.
  const markX = new Map(eventLayouts.map((e) => [e.id, e.x]))
  const calloutDrafts = quotes.map((q) => {
    const anchorX = (q.eventId !== undefined ? markX.get(q.eventId) : undefined) ?? x(q.span.min)
    const wrapped = wrapText(`“${q.text}”`, CALLOUT.maxWidth - CALLOUT.padX * 2, CALLOUT.textSize, 2)
    const attribution = `${q.by}${q.role ? `, ${q.role}` : ''}`
    const by = wrapText(attribution, CALLOUT.maxWidth - CALLOUT.padX * 2, CALLOUT.bySize, 1, true)
    const boxWidth = Math.max(wrapped.width, by.width) + CALLOUT.padX * 2
    return { q, anchorX, wrapped, by, boxWidth, ...boxCandidates(anchorX, boxWidth, MARGIN_X, right, CALLOUT.gap, 0) }
  })
  const calloutPlaces = placeInLanes(calloutDrafts, CALLOUT.gap)
  const calloutLanes = calloutPlaces.map((p) => p.lane)
  const calloutTop = axisY + TICK_BAND
  const callouts: CalloutLayout[] = calloutDrafts.map((c, i) => {
    const lane = calloutLanes[i]!
    const y = calloutTop + lane * CALLOUT_LANE
    const boxX = c.candidates[calloutPlaces[i]!.choice]!.x0
    return {
      id: c.q.id,
      ...(c.q.eventId !== undefined ? { eventId: c.q.eventId } : {}),
      anchorX: c.anchorX,
      box: { x: boxX, y, width: c.boxWidth, height: CALLOUT_HEIGHT },
      lines: c.wrapped.lines,
      attribution: c.by.lines[0] ?? '',
      truncated: c.wrapped.truncated,
      connector: elbow(c.anchorX, axisY + 8, y, { x: boxX, width: c.boxWidth }, y - 5),
      lane,
    }
  })
  const calloutLaneCount = callouts.length ? Math.max(...calloutLanes) + 1 : 0
  const height = calloutTop + calloutLaneCount * CALLOUT_LANE + 8

  return {
    width,
    height,
    axisY,
    segments: axis.segments,
    breaks: axis.breaks,
    ticks: axisTicks(axis.segments, (d) => axis.scale(d), locale),
    events: eventLayouts,
    callouts,
  }
}
