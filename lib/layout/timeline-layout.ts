import { drawAxis } from './axis-drawing'
import { CALLOUT, LABEL, MARGIN_X } from './box-styles'
import { CLUSTER, clusterPill, clusterRuns } from './clusters'
import { partitionPoint } from './search'
import { endStyle, eventMark, eventTexts, isPoint, pointRadius } from './event-facts'
import { packLanes, placeInLanes, type Placeable } from './lanes'
import type { CalloutLayout, ClusterLayout, EventLayout, LayoutEventInput, LayoutOptions, LayoutQuoteInput, TimelineLayout } from './layout-types'
import { calloutLayout } from './callout-text'
import { IDENTITY, zoomAxis, type ZoomView } from './zoom'
import { mirrorLayout, mirrorView } from './mirror'
import { boxCandidates, connectorTurns, crossings, elbow } from './connectors'
import { calloutOf, clusterLabelOf, labelOf, planHorizontal, type HorizontalPlan } from './horizontal-plan'

export type * from './layout-types'

// Geometry, px. Type sizes match components/timeline.
const MARGIN_TOP = 10
/** Between two lanes of boxes, label or callout. */
const LANE_GAP = 12
const LABEL_HEIGHT = LABEL.padY * 2 + 14 + LABEL.lineHeight * 2
const LABEL_LANE = LABEL_HEIGHT + LANE_GAP
const BAR = { height: 8, gap: 4 }
const CALLOUT_HEIGHT = CALLOUT.padY * 2 + CALLOUT.lineHeight * 2 + 16
const CALLOUT_LANE = CALLOUT_HEIGHT + LANE_GAP
/** From the axis up to the lowest lane of bars, and from the bars' band up to the labels'. */
const AXIS_TO_BARS = 10
const BARS_TO_LABELS = 16
/** A leader turns this far under its label; a cluster's leaves its pill this far above the axis; a callout's connector leaves this far under it. */
const LEADER_TURN = 5
const CLUSTER_LEADER_START = 7
const CONNECTOR_START = 8
/** An end we do not know fades over this stretch; so does a start before the view of an event whose start is open or unknown. */
const FADE_STRETCH = 80
const FADE_IN_STRETCH = 60
const TICK_BAND = 34
/** The line under the ticks that names the story's zone. */
const ZONE_LINE = 16
/** Callouts stack this high beside their mark before any moves aside, and move at most this many box-widths. */
const CALLOUT_NEAR_LANES = 2
const CALLOUT_SHIFTS = 2

function maxOf(values: readonly number[], floor = -Infinity): number {
  let max = floor
  for (const v of values) max = Math.max(max, v)
  return max
}

/**
 * Lays out a whole timeline left to right (right to left with `direction: 'rtl'`), as plain numbers: axis segments and ticks, one
 * mark per event, label boxes packed into lanes above the axis and quote
 * callouts packed below it, so that no two boxes overlap. React renders the
 * result as SVG; nothing here touches the DOM.
 */
export function layoutHorizontal(
  events: readonly LayoutEventInput[],
  quotes: readonly LayoutQuoteInput[],
  options: LayoutOptions & { view?: ZoomView } = {},
): TimelineLayout {
  return layoutHorizontalView(planHorizontal(events, quotes, options), options.view)
}

// Where marks crowd, runs of them merge into clusters: see clusters.ts. Past MAX_LANES lanes of labels,
// runs widen until the labels fit.
const MAX_LANES = 6

/** An event or a run of events, as one mark with one label. */
type Draft = Placeable & {
  first: number
  last: number
  anchor: number
  boxWidth: number
  titleLines: string[]
  texts?: ReturnType<typeof eventTexts>
}

/**
 * The timeline through a zoom: only what is in view is laid out, so a deep zoom
 * into a long story costs what the view holds, and marks too close to part
 * become clusters whose label says how many events they hold and when.
 * The view is the drawing's as shown (d3-zoom's): in a right-to-left drawing
 * it is reflected, the left-to-right layout made, and the result reflected.
 */
export function layoutHorizontalView(plan: HorizontalPlan, view: ZoomView = IDENTITY): TimelineLayout {
  if (plan.direction === 'ltr') return layoutLeftToRight(plan, view)
  return { ...mirrorLayout(layoutLeftToRight(plan, mirrorView(view, plan.width))), view }
}

function layoutLeftToRight(plan: HorizontalPlan, view: ZoomView): TimelineLayout {
  const { events, quotes, width, locale, starts, ends } = plan
  const left = MARGIN_X
  const right = width - MARGIN_X
  const zoomed = view.k === 1 && view.x === 0 ? plan.axis : zoomAxis(plan.axis, view, left, right)
  const x = (t: number) => zoomed.scale(new Date(t))
  const at = (base: number) => base * view.k + view.x

  // In view: whatever reaches into [left, right]. A bar running in from the left is labelled at the edge.
  const visible: number[] = []
  const anchorOf = new Float64Array(events.length)
  for (let i = 0; i < events.length; i++) {
    const x0 = at(starts[i]!)
    const end = events[i]!.span.end.kind
    const x1 = end === 'open' ? Infinity : end === 'unknown' ? x0 + FADE_STRETCH : at(ends[i]!)
    if (x1 < left - 1 || x0 > right + 1) continue
    anchorOf[i] = Math.min(Math.max(x0, left), right)
    visible.push(i)
  }
  visible.sort((a, b) => anchorOf[a]! - anchorOf[b]! || a - b)
  const anchors = visible.map((i) => anchorOf[i]!)

  const draft = (first: number, last: number): Draft => {
    const anchor = first === last ? anchors[first]! : (anchors[first]! + anchors[last]!) / 2
    if (first === last) {
      const { texts, titleLines, boxWidth } = labelOf(plan, visible[first]!)
      return { first, last, anchor, boxWidth, titleLines, texts, ...boxCandidates(anchor, boxWidth, left, right, LABEL.gap, 1) }
    }
    const { titleLines, boxWidth } = clusterLabelOf(plan, visible[first]!, visible[last]!)
    return { first, last, anchor, boxWidth, titleLines, ...boxCandidates(anchor, boxWidth, left, right, LABEL.gap, 1) }
  }

  let drafts: Draft[] = []
  let places: { lane: number; choice: number }[] = []
  for (let widen = 1; ; widen *= 2) {
    const runs = clusterRuns(anchors, { span: CLUSTER.span * widen, reach: CLUSTER.reach * widen, crowd: CLUSTER.crowd })
    drafts = runs.map(([a, b]) => draft(a, b))
    places = placeInLanes(drafts, LABEL.gap, 4)
    if (maxOf(places.map((p) => p.lane), 0) < MAX_LANES || widen >= 64 || runs.length === 1) break
  }
  const labelLaneCount = maxOf(places.map((p) => p.lane), 0) + 1

  // Bars (spans) of single events pack into thin lanes just above the axis.
  const bar = (i: number) => {
    const span = events[i]!.span
    const x0 = span.start.kind === 'date' ? at(starts[i]!) : Math.max(left, at(starts[i]!) - FADE_IN_STRETCH)
    const x1 = span.end.kind === 'date' ? Math.max(at(ends[i]!), x0 + 4) : span.end.kind === 'open' ? right : Math.min(right, x0 + FADE_STRETCH)
    return { x0: Math.max(x0, left - 8), x1: Math.min(x1, right + 8) }
  }
  const spanDrafts = drafts.filter((d) => d.first === d.last && !isPoint(events[visible[d.first]!]!.span))
  const barLanes = packLanes(
    spanDrafts.map((d) => bar(visible[d.first]!)),
    3,
  )
  const barLaneCount = spanDrafts.length ? maxOf(barLanes) + 1 : 0
  const barLaneOf = new Map(spanDrafts.map((d, i) => [d.first, barLanes[i]!]))

  const axisY = MARGIN_TOP + labelLaneCount * LABEL_LANE + barLaneCount * (BAR.height + BAR.gap) + BARS_TO_LABELS
  const labelY = (lane: number) => axisY - BARS_TO_LABELS - barLaneCount * (BAR.height + BAR.gap) - (lane + 1) * LABEL_LANE + LANE_GAP

  const eventLayouts: EventLayout[] = []
  const clusters: ClusterLayout[] = []
  drafts.forEach((d, i) => {
    const lane = places[i]!.lane
    const boxX = d.candidates[places[i]!.choice]!.x0
    const y = labelY(lane)
    const label = { x: boxX, y, width: d.boxWidth, height: LABEL_HEIGHT, lane, titleLines: d.titleLines }
    if (d.first !== d.last) {
      const run = visible.slice(d.first, d.last + 1).map((j) => events[j]!)
      const ids = run.map((e) => e.id)
      const cluster = clusterLabelOf(plan, visible[d.first]!, visible[d.last]!)
      const x0 = anchors[d.first]!
      const x1 = Math.max(anchors[d.last]!, x0)
      clusters.push({
        id: `cluster-${ids[0]}`,
        order: visible[d.first]!,
        eventIds: ids,
        x: d.anchor,
        y: axisY,
        x0,
        x1,
        pill: clusterPill(x0, x1, d.anchor, axisY, 'horizontal'),
        dateLine: cluster.dateLine,
        ariaLabel: cluster.words.ariaLabel,
        ariaDescription: cluster.words.ariaDescription,
        label,
        leader: elbow(d.anchor, axisY - CLUSTER_LEADER_START, y + LABEL_HEIGHT, { x: boxX, width: d.boxWidth }, y + LABEL_HEIGHT + LEADER_TURN),
        zoomTo: { x0: (x0 - view.x) / view.k, x1: (x1 - view.x) / view.k },
        quoteCount: 0,
      })
      return
    }
    const index = visible[d.first]!
    const e = events[index]!
    const texts = d.texts!
    const anchor = d.anchor
    const labelFoot = y + LABEL_HEIGHT
    if (isPoint(e.span)) {
      const r = pointRadius(e.importance)
      const leader = elbow(anchor, axisY - r, labelFoot, { x: boxX, width: d.boxWidth }, labelFoot + LEADER_TURN)
      eventLayouts.push(eventMark(e, index, texts, { x: anchor, y: axisY }, label, leader, { point: { cx: anchor, cy: axisY, r } }))
      return
    }
    const barLane = barLaneOf.get(d.first) ?? 0
    const barY = axisY - AXIS_TO_BARS - BAR.height - barLane * (BAR.height + BAR.gap)
    const { x0, x1 } = bar(index)
    const leader = elbow(anchor, barY, labelFoot, { x: boxX, width: d.boxWidth }, labelFoot + LEADER_TURN)
    const drawn = { x: x0, y: barY, width: x1 - x0, height: BAR.height, direction: 'horizontal' as const, startStyle: endStyle(e.span.start), endStyle: endStyle(e.span.end) }
    eventLayouts.push(eventMark(e, index, texts, { x: anchor, y: axisY }, label, leader, { bar: drawn }))
  })
  eventLayouts.sort((a, b) => a.order - b.order)

  // Callouts below the axis, one per quote of an event drawn on its own (or a quote of no event, in view),
  // connected to their mark. They stand beside their mark while they stack at most two high; then they
  // may move up to two box-widths aside, joined to the mark by an elbowed connector, as newspaper
  // graphics annotate a crowded week, rather than pile up in one tall column under it.
  // Only quotes of what is in view are looked at: those of events drawn here, and quotes of no event
  // whose moment is in view. A quote of a clustered event, or of no event but standing on a cluster,
  // is counted in the cluster.
  const clusterOf = new Map<string, ClusterLayout>()
  for (const c of clusters) for (const id of c.eventIds) clusterOf.set(id, c)
  const shown: number[] = []
  for (const i of visible) {
    const e = events[i]!
    const cluster = clusterOf.get(e.id)
    if (cluster) cluster.quoteCount += e.quoteIds.length
    else for (const id of e.quoteIds) if (plan.quoteIndex.has(id)) shown.push(plan.quoteIndex.get(id)!)
  }
  const { loose, looseX } = plan
  for (let j = partitionPoint(looseX.length, (i) => looseX[i]! < (left - 1 - view.x) / view.k); j < loose.length && at(looseX[j]!) <= right + 1; j++) {
    const q = at(looseX[j]!)
    const cluster = clusters.find((c) => q >= c.x0 - CLUSTER.span / 2 && q <= c.x1 + CLUSTER.span / 2)
    if (cluster) cluster.quoteCount++
    else shown.push(loose[j]!)
  }
  shown.sort((a, b) => a - b)
  const markX = new Map(eventLayouts.map((e) => [e.id, e.x]))
  const calloutDrafts = shown.flatMap((qi) => {
    const q = quotes[qi]!
    const anchorX = (q.eventId !== undefined ? markX.get(q.eventId) : undefined) ?? x(q.span.min)
    const text = calloutOf(plan, qi)
    const boxWidth = text.boxWidth
    const { candidates, near } = boxCandidates(anchorX, boxWidth, left, right, CALLOUT.gap, CALLOUT_SHIFTS)
    return [{ q, anchorX, text, boxWidth, candidates, near }]
  })
  const calloutPlaces = placeInLanes(calloutDrafts, CALLOUT.gap, CALLOUT_NEAR_LANES)
  const calloutLanes = calloutPlaces.map((p) => p.lane)
  const calloutTop = axisY + TICK_BAND + (plan.zoneText ? ZONE_LINE : 0)
  const calloutX = calloutDrafts.map((c, i) => c.candidates[calloutPlaces[i]!.choice]!.x0)
  const turns = connectorTurns(
    calloutDrafts.map((c, i) => ({ anchor: c.anchorX, x: calloutX[i]!, width: c.boxWidth, lane: calloutLanes[i]! })),
  )
  const callouts: CalloutLayout[] = calloutDrafts.map((c, i) => {
    const lane = calloutLanes[i]!
    const y = calloutTop + lane * CALLOUT_LANE
    const boxX = calloutX[i]!
    const box = { x: boxX, y, width: c.boxWidth, height: CALLOUT_HEIGHT }
    const connector = elbow(c.anchorX, axisY + CONNECTOR_START, y, { x: boxX, width: c.boxWidth }, y - turns[i]!)
    return calloutLayout(c.q, c.text, box, connector, lane)
  })
  const calloutLaneCount = callouts.length ? maxOf(calloutLanes) + 1 : 0
  const height = calloutTop + calloutLaneCount * CALLOUT_LANE + 8

  return {
    orientation: 'horizontal',
    width,
    height,
    segments: zoomed.segments,
    breaks: zoomed.breaks,
    axis: {
      ...drawAxis(zoomed, 'horizontal', axisY, { locale, zone: plan.timeZone, lo: 0, hi: width, avoid: crossings(eventLayouts, callouts) }),
      ...(plan.zoneText ? { zone: { x: right, y: axisY + TICK_BAND + 2, text: plan.zoneText, anchor: 'end' as const } } : {}),
    },
    events: eventLayouts,
    clusters,
    callouts,
    view,
    maxZoom: plan.maxZoom,
  }
}
