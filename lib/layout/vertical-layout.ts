import { drawAxis } from './axis-drawing'
import { CLUSTER, clusterPill, clusterRuns } from './clusters'
import { endStyle, eventMark, isPoint, pointRadius } from './event-facts'
import { packLanes } from './lanes'
import type { CalloutLayout, ClusterLayout, EventLayout, LayoutEventInput, LayoutOptions, LayoutQuoteInput, Point, TimelineLayout } from './layout-types'
import { calloutLayout } from './callout-text'
import { mirrorLayout } from './mirror'
import { FIT_AXIS, planVertical, VERTICAL, verticalCallout, verticalCluster, verticalLabel, type VerticalPlan } from './vertical-plan'
import { zoomAxis } from './zoom'

export { planVertical, type VerticalPlan } from './vertical-plan'

const { axisX: AXIS_X, labelX: LABEL_X, bar: BAR, blockGap: BLOCK_GAP, calloutGap: CALLOUT_GAP, calloutIndent: CALLOUT_INDENT } = VERTICAL

/**
 * How far a label may be pushed down past its mark before runs of marks merge into clusters, px:
 * about half a phone screen, so a label is never read far from where its event stands.
 */
const MAX_DRIFT = 360
/** A drawing no taller than this (about six phone screens) is drawn whole, every event on its own, as a short story always was. */
const WHOLE = 2 * FIT_AXIS

/**
 * Lays out a whole timeline top to bottom for narrow screens: time runs down a
 * vertical axis, each event's label (and its quotes beneath it) stands to the
 * right in time order, pushed down just enough never to overlap the one
 * before, with a leader line back to its mark. Where the labels would be
 * pushed too far from their marks, runs of marks merge into clusters, by the
 * horizontal drawing's rules along y; zooming in (`zoom`, 1 = fit-all)
 * stretches the axis and opens them. Pure numbers, like the horizontal
 * layout, and rendered by the same components.
 */
export function layoutVertical(events: readonly LayoutEventInput[], quotes: readonly LayoutQuoteInput[], options: LayoutOptions & { zoom?: number } = {}): TimelineLayout {
  return layoutVerticalView(planVertical(events, quotes, options), options.zoom)
}

/** The planned timeline at zoom `k` (1: fit-all, up to the plan's maxZoom). Right to left, the axis stands on the right and the labels read from it leftwards. */
export function layoutVerticalView(plan: VerticalPlan, k = 1): TimelineLayout {
  const layout = layoutTopToBottom(plan, Math.min(Math.max(k, 1), plan.maxZoom))
  return plan.direction === 'rtl' ? mirrorLayout(layout) : layout
}


/**
 * Which events stand alone and which merge. A short drawing (WHOLE, estimated before measuring)
 * draws every event on its own. A longer one starts from the horizontal drawing's runs; then,
 * going down, wherever a label would be pushed more than MAX_DRIFT past its mark, its block merges
 * with the one above it, and again, until it is not: only the crowded stretches cluster, and a
 * sparse one keeps its titles. At the deepest zoom every event stands alone, so each is reachable.
 */
function runsAt(plan: VerticalPlan, anchors: Float64Array, k: number): [number, number][] {
  const singles = (): [number, number][] => Array.from(anchors, (_, i) => [i, i])
  if (k >= plan.maxZoom) return singles()
  const height = (a: number, b: number) => (a === b ? plan.estimate[a]! : VERTICAL.clusterHeight + BLOCK_GAP)
  // Where a block's label would stand (as layoutTopToBottom places it): 14 px above its mark, or right under the block before.
  const mark = (a: number, b: number) => (a === b ? anchors[a]! : (anchors[a]! + anchors[b]!) / 2) - 14
  let bottom = -Infinity
  for (let i = 0; i < anchors.length; i++) bottom = Math.max(mark(i, i), bottom) + height(i, i)
  if (bottom <= WHOLE) return singles()
  const placed: { a: number; b: number; bottom: number }[] = []
  for (const [first, last] of clusterRuns(anchors, CLUSTER)) {
    let a = first
    for (;;) {
      const above = placed.at(-1)?.bottom ?? -Infinity
      const top = Math.max(mark(a, last), above)
      if (top - mark(a, last) <= MAX_DRIFT || placed.length === 0) {
        placed.push({ a, b: last, bottom: top + height(a, last) })
        break
      }
      a = placed.pop()!.a
    }
  }
  return placed.map(({ a, b }) => [a, b])
}

function layoutTopToBottom(plan: VerticalPlan, k: number): TimelineLayout {
  const { events, width, locale, axisTop, starts, ends } = plan
  const top0 = plan.axis.x0
  const Y = (y: number) => top0 + (y - top0) * k
  const axis = k === 1 ? plan.axis : zoomAxis(plan.axis, { k, x: top0 - top0 * k }, -Infinity, Infinity)
  const bottom = axis.x1
  const anchors = starts.map(Y)
  const runs = runsAt(plan, anchors, k)

  // Bars of events drawn on their own run down beside the axis, packed into thin lanes.
  const barExtent = (i: number) => {
    const span = events[i]!.span
    const y0 = span.start.kind === 'date' ? anchors[i]! : Math.max(axisTop, anchors[i]! - 50)
    const y1 = span.end.kind === 'date' ? Math.max(Y(ends[i]!), y0 + 4) : span.end.kind === 'open' ? bottom : Math.min(bottom, y0 + 60)
    return { x0: y0, x1: y1 }
  }
  const spans = runs.filter(([a, b]) => a === b && !isPoint(events[a]!.span)).map(([a]) => a)
  const barLanes = packLanes(spans.map(barExtent), 3)
  const barLaneOf = new Map(spans.map((i, j) => [i, barLanes[j]!]))

  // Quotes that stand alone: counted in a cluster they stand on, else a block of their own.
  const clusterRunOf = (y: number) => runs.find(([a, b]) => a !== b && y >= anchors[a]! - CLUSTER.span / 2 && y <= anchors[b]! + CLUSTER.span / 2)
  const looseQuotes: { qi: number; y: number }[] = []
  const absorbed = new Map<number, number>()
  plan.loose.forEach((qi, j) => {
    const y = Y(plan.looseY[j]!)
    const run = clusterRunOf(y)
    if (run) absorbed.set(run[0], (absorbed.get(run[0]) ?? 0) + 1)
    else looseQuotes.push({ qi, y })
  })

  const eventLayouts: EventLayout[] = []
  const clusters: ClusterLayout[] = []
  const callouts: CalloutLayout[] = []
  let nextFree = axisTop
  const place = (mark: number, height: number) => {
    const top = Math.max(mark - 14, nextFree)
    nextFree = top + height + BLOCK_GAP
    return top
  }
  const calloutsUnder = (qis: readonly number[], labelFoot: number) => {
    let y = labelFoot
    for (const qi of qis) {
      const c = verticalCallout(plan, qi)
      y += CALLOUT_GAP
      const boxX = LABEL_X + CALLOUT_INDENT
      const box = { x: boxX, y, width: Math.min(plan.calloutWidth, c.boxWidth), height: c.height }
      const connector: Point[] = [
        [LABEL_X + 7, labelFoot],
        [LABEL_X + 7, y + 12],
        [boxX, y + 12],
      ]
      callouts.push(calloutLayout(plan.quotes[qi]!, c, box, connector, 0))
      y += c.height
    }
  }
  const standAlone = ({ qi, y: markY }: { qi: number; y: number }) => {
    const c = verticalCallout(plan, qi)
    const top = place(markY, c.height)
    const box = { x: LABEL_X, y: top, width: Math.min(plan.calloutWidth, c.boxWidth), height: c.height }
    callouts.push(calloutLayout(plan.quotes[qi]!, c, box, [[AXIS_X, markY], [LABEL_X, top + 12]], 0))
  }

  let next = 0
  for (const [a, b] of runs) {
    while (next < looseQuotes.length && looseQuotes[next]!.y < anchors[a]!) standAlone(looseQuotes[next++]!)
    if (a !== b) {
      const y0 = anchors[a]!
      const y1 = Math.max(anchors[b]!, y0)
      const at = (y0 + y1) / 2
      const { words, dateLine, dateLines, boxWidth, height } = verticalCluster(plan, a, b)
      const top = place(at, height)
      let quoteCount = absorbed.get(a) ?? 0
      const eventIds: string[] = []
      for (let i = a; i <= b; i++) {
        eventIds.push(events[i]!.id)
        quoteCount += plan.quotesOf[i]!.length
      }
      clusters.push({
        id: `cluster-${eventIds[0]}`,
        order: a,
        eventIds,
        x: AXIS_X,
        y: at,
        x0: y0,
        x1: y1,
        pill: clusterPill(y0, y1, at, AXIS_X, 'vertical'),
        dateLine,
        ariaLabel: words.ariaLabel,
        ariaDescription: words.ariaDescription,
        label: { x: LABEL_X, y: top, width: boxWidth, height, lane: 0, titleLines: [words.title], ...(dateLines ? { dateLines } : {}) },
        leader: [
          [AXIS_X + 8, at],
          [LABEL_X, top + 14],
        ],
        zoomTo: { x0: (y0 - top0) / k + top0, x1: (y1 - top0) / k + top0 },
        quoteCount,
      })
      continue
    }
    const e = events[a]!
    const label = verticalLabel(plan, a)
    const qis = plan.quotesOf[a]!
    let height = label.height
    for (const qi of qis) height += CALLOUT_GAP + verticalCallout(plan, qi).height
    const markY = anchors[a]!
    const top = place(markY, height)
    const box = { x: LABEL_X, y: top, width: label.boxWidth, height: label.height, lane: 0, titleLines: label.titleLines, ...(label.dateLines ? { dateLines: label.dateLines } : {}) }
    const at = { x: AXIS_X, y: markY }
    if (isPoint(e.span)) {
      const leader: Point[] = [
        [AXIS_X + 8, markY],
        [LABEL_X, top + 14],
      ]
      eventLayouts.push(eventMark(e, a, label.texts, at, box, leader, { point: { cx: AXIS_X, cy: markY, r: pointRadius(e.importance) } }))
    } else {
      const { x0: y0, x1: y1 } = barExtent(a)
      const bx = AXIS_X + 6 + (barLaneOf.get(a) ?? 0) * (BAR.width + BAR.gap)
      const leader: Point[] = [
        [bx + BAR.width, markY],
        [LABEL_X, top + 14],
      ]
      const bar = { x: bx, y: y0, width: BAR.width, height: y1 - y0, direction: 'vertical' as const, startStyle: endStyle(e.span.start), endStyle: endStyle(e.span.end) }
      eventLayouts.push(eventMark(e, a, label.texts, at, box, leader, { bar }))
    }
    calloutsUnder(qis, top + label.height)
  }
  while (next < looseQuotes.length) standAlone(looseQuotes[next++]!)

  const height = Math.max(nextFree, bottom + 24)
  return {
    orientation: 'vertical',
    width,
    height,
    segments: axis.segments,
    breaks: axis.breaks,
    axis: {
      ...drawAxis(axis, 'vertical', AXIS_X, { locale, zone: plan.timeZone, lo: 0, hi: height }),
      ...(plan.zoneText ? { zone: { x: 8, y: VERTICAL.first, text: plan.zoneText, anchor: 'start' as const } } : {}),
    },
    events: eventLayouts,
    clusters,
    callouts,
    view: { k, x: 0 },
    maxZoom: plan.maxZoom,
  }
}
