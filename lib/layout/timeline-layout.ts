import { drawAxis } from './axis-drawing'
import { attributionOf, axisMoments, endStyle, eventTexts, isPoint, qualifiers } from './event-facts'
import { packLanes, placeInLanes, type Extent } from './lanes'
import type { CalloutLayout, EventLayout, LayoutEventInput, LayoutOptions, LayoutQuoteInput, Point, TimelineLayout } from './layout-types'
import { textWidth, wrapText } from './text-width'
import { buildTimeAxis } from './time-axis'

export type * from './layout-types'

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

/** Adds a position unless already there, as a Set keeps numbers: first occurrence kept, NaN equals NaN, -0 stored as 0. */
function addPosition(xs: number[], x0: number): void {
  for (const x of xs) if (x === x0 || (x !== x && x0 !== x0)) return
  xs.push(x0 === 0 ? 0 : x0)
}

/**
 * Where a box hung from `anchor` may stand, in order of preference: starting at
 * the anchor, ending at it, centred on it. Each is kept inside the drawing, and
 * each still covers the anchor so its leader line meets the box.
 */
export function boxCandidates(anchor: number, width: number, left: number, right: number, gap: number, shifts: number): { candidates: Extent[]; near: number } {
  const xs: number[] = []
  addPosition(xs, Math.min(Math.max(anchor - 6, left), right - width))
  addPosition(xs, Math.min(Math.max(anchor + 6 - width, left), right - width))
  addPosition(xs, Math.min(Math.max(anchor - width / 2, left), right - width))
  const near = xs.length
  // Further out, a box may stand a whole box-width or more to either side, joined by an elbowed line.
  const count = Math.max(Math.trunc(shifts) || 0, 0)
  if (count > 2 ** 32 - 1) throw new RangeError('Invalid array length')
  for (let k = 0; k < count; k++) {
    addPosition(xs, Math.min(Math.max(anchor + 6 - width - (k + 1) * (width + gap), left), right - width))
    addPosition(xs, Math.min(Math.max(anchor - 6 + (k + 1) * (width + gap), left), right - width))
  }
  const candidates: Extent[] = []
  for (const x0 of xs) candidates.push({ x0, x1: x0 + width })
  return { candidates, near }
}

/**
 * A line from a mark at (x, from) to a box edge at height `to`: straight when the
 * box is above or below the mark, otherwise down (or up) to just short of the
 * box, then across to it.
 */
export function elbow(x: number, from: number, to: number, box: { x: number; width: number }, turn: number): Point[] {
  if (x >= box.x + 4 && x <= box.x + box.width - 4) return [[x, from], [x, to]]
  const attach = Math.min(Math.max(x, box.x + 10), box.x + box.width - 10)
  return [[x, from], [x, turn], [attach, turn], [attach, to]]
}

/** Math.max over a list, folded: spreading a long list as arguments runs out of stack. */
function maxOf(values: readonly number[], floor = -Infinity): number {
  let max = floor
  for (const v of values) max = Math.max(max, v)
  return max
}

/**
 * Lays out a whole timeline left to right, as plain numbers: axis segments and ticks, one
 * mark per event, label boxes packed into lanes above the axis and quote
 * callouts packed below it, so that no two boxes overlap. React renders the
 * result as SVG; nothing here touches the DOM.
 */
export function layoutHorizontal(
  events: readonly LayoutEventInput[],
  quotes: readonly LayoutQuoteInput[],
  options: LayoutOptions = {},
): TimelineLayout {
  const width = options.width ?? 1120
  const locale = options.locale ?? 'en'

  const axis = buildTimeAxis(axisMoments(events, quotes), { x0: MARGIN_X, x1: width - MARGIN_X })
  const x = (t: number) => axis.scale(new Date(t))
  const right = width - MARGIN_X

  // Labels: measure, then pack into lanes above the axis.
  const drafts = events.map((e, order) => {
    const texts = eventTexts(e, locale)
    const { dateLine } = texts
    const wrapped = wrapText(e.title, LABEL.maxWidth - LABEL.padX * 2, LABEL.titleSize, 2, true)
    const dateWidth = Math.ceil(textWidth(dateLine, LABEL.dateSize, true) * 1.06)
    const boxWidth = Math.max(LABEL.minWidth, Math.max(wrapped.width, dateWidth) + LABEL.padX * 2)
    const anchor = x(e.span.min)
    const { candidates, near } = boxCandidates(anchor, boxWidth, MARGIN_X, right, LABEL.gap, 1)
    return { e, order, texts, wrapped, boxWidth, anchor, candidates, near }
  })
  const labelPlaces = placeInLanes(drafts, LABEL.gap, 4)
  const labelLanes = labelPlaces.map((p) => p.lane)
  const labelLaneCount = maxOf(labelLanes, 0) + 1

  // Bars (spans) pack into thin lanes just above the axis.
  const spanDrafts = drafts.filter((d) => !isPoint(d.e.span))
  const barLanes = packLanes(
    spanDrafts.map((d) => ({ x0: x(d.e.span.min), x1: d.e.span.end.kind === 'date' ? Math.max(x(d.e.span.max), x(d.e.span.min) + 4) : right })),
    3,
  )
  const barLaneCount = spanDrafts.length ? maxOf(barLanes) + 1 : 0
  const barLaneOf = new Map(spanDrafts.map((d, i) => [d.e.id, barLanes[i]!]))

  const axisY = MARGIN_TOP + labelLaneCount * LABEL_LANE + barLaneCount * (BAR.height + BAR.gap) + 16

  const eventLayouts: EventLayout[] = drafts.map((d, i) => {
    const lane = labelLanes[i]!
    const boxX = d.candidates[labelPlaces[i]!.choice]!.x0
    const y = axisY - 16 - barLaneCount * (BAR.height + BAR.gap) - (lane + 1) * LABEL_LANE + 12
    const { approximate, uncertain } = qualifiers(d.e.span)
    const label = { x: boxX, y, width: d.boxWidth, height: LABEL_HEIGHT, lane, titleLines: d.wrapped.lines }
    // Written out in full rather than spread from a shared base: { ...base, more } takes V8's slow path,
    // microseconds per object, which is most of the time here on a long timeline. Same keys, same order.
    if (isPoint(d.e.span)) {
      const r = d.e.importance === 1 ? 7 : d.e.importance === 3 ? 4.5 : 5.5
      const leader = elbow(d.anchor, axisY - r, y + LABEL_HEIGHT, { x: boxX, width: d.boxWidth }, y + LABEL_HEIGHT + 5)
      return {
        id: d.e.id,
        order: d.order,
        title: d.e.title,
        dateText: d.texts.dateText,
        shortDate: d.texts.shortDate,
        ariaLabel: d.texts.ariaLabel,
        quoteCount: d.texts.quoteCount,
        importance: d.e.importance,
        x: d.anchor,
        y: axisY,
        approximate,
        uncertain,
        label,
        shape: 'point' as const,
        point: { cx: d.anchor, cy: axisY, r },
        leader,
      }
    }
    const barLane = barLaneOf.get(d.e.id) ?? 0
    const barY = axisY - 10 - BAR.height - barLane * (BAR.height + BAR.gap)
    const x0 = d.e.span.start.kind === 'date' ? x(d.e.span.min) : Math.max(MARGIN_X, x(d.e.span.min) - 60)
    const x1 = d.e.span.end.kind === 'date' ? Math.max(x(d.e.span.max), x0 + 4) : d.e.span.end.kind === 'open' ? right : Math.min(right, x0 + 80)
    return {
      id: d.e.id,
      order: d.order,
      title: d.e.title,
      dateText: d.texts.dateText,
      shortDate: d.texts.shortDate,
      ariaLabel: d.texts.ariaLabel,
      quoteCount: d.texts.quoteCount,
      importance: d.e.importance,
      x: d.anchor,
      y: axisY,
      approximate,
      uncertain,
      label,
      shape: 'span' as const,
      bar: { x: x0, y: barY, width: x1 - x0, height: BAR.height, direction: 'horizontal' as const, startStyle: endStyle(d.e.span.start), endStyle: endStyle(d.e.span.end) },
      leader: elbow(d.anchor, barY, y + LABEL_HEIGHT, { x: boxX, width: d.boxWidth }, y + LABEL_HEIGHT + 5),
    }
  })

  // Callouts below the axis, one per quote, connected to their event's mark. They only ever stand beside
  // their mark (never moved aside): a quote shown under another week would misdate it.
  const markX = new Map(eventLayouts.map((e) => [e.id, e.x]))
  const calloutDrafts = quotes.map((q) => {
    const anchorX = (q.eventId !== undefined ? markX.get(q.eventId) : undefined) ?? x(q.span.min)
    const wrapped = wrapText(`“${q.text}”`, CALLOUT.maxWidth - CALLOUT.padX * 2, CALLOUT.textSize, 2)
    const by = wrapText(attributionOf(q), CALLOUT.maxWidth - CALLOUT.padX * 2, CALLOUT.bySize, 1, true)
    const boxWidth = Math.max(wrapped.width, by.width) + CALLOUT.padX * 2
    const { candidates, near } = boxCandidates(anchorX, boxWidth, MARGIN_X, right, CALLOUT.gap, 0)
    return { q, anchorX, wrapped, by, boxWidth, candidates, near }
  })
  const calloutPlaces = placeInLanes(calloutDrafts, CALLOUT.gap)
  const calloutLanes = calloutPlaces.map((p) => p.lane)
  const calloutTop = axisY + TICK_BAND
  const callouts: CalloutLayout[] = calloutDrafts.map((c, i) => {
    const lane = calloutLanes[i]!
    const y = calloutTop + lane * CALLOUT_LANE
    const boxX = c.candidates[calloutPlaces[i]!.choice]!.x0
    const box = { x: boxX, y, width: c.boxWidth, height: CALLOUT_HEIGHT }
    const attribution = c.by.lines[0] ?? ''
    const connector = elbow(c.anchorX, axisY + 8, y, { x: boxX, width: c.boxWidth }, y - 5)
    const { lines, truncated } = c.wrapped
    return c.q.eventId !== undefined
      ? { id: c.q.id, eventId: c.q.eventId, box, lines, attribution, truncated, connector, lane }
      : { id: c.q.id, box, lines, attribution, truncated, connector, lane }
  })
  const calloutLaneCount = callouts.length ? maxOf(calloutLanes) + 1 : 0
  const height = calloutTop + calloutLaneCount * CALLOUT_LANE + 8

  return {
    orientation: 'horizontal',
    width,
    height,
    segments: axis.segments,
    breaks: axis.breaks,
    axis: drawAxis(axis, 'horizontal', axisY, locale),
    events: eventLayouts,
    callouts,
  }
}
