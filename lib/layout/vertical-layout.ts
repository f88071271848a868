import { DRAWING_WIDTHS } from './drawing-widths'
import { drawAxis } from './axis-drawing'
import { attributionOf, axisMoments, endStyle, eventMark, eventTexts, isPoint, pointRadius } from './event-facts'
import { packLanes } from './lanes'
import { ENGLISH_LAYOUT } from './layout-texts'
import type { CalloutLayout, EventLayout, LayoutEventInput, LayoutOptions, LayoutQuoteInput, Point, TimelineLayout } from './layout-types'
import { CALLOUT, LABEL } from './box-styles'
import { textWidth, wrapText } from './text-width'
import { buildTimeAxis } from './time-axis'

// Geometry, px, for narrow screens. Type sizes match the horizontal layout.
const TOP = 16
const AXIS_X = 92
const BAR = { width: 5, gap: 3 }
const LABEL_X = AXIS_X + 28
const BLOCK_GAP = 14
const CALLOUT_GAP = 6
const CALLOUT_INDENT = 14

/**
 * Lays out a whole timeline top to bottom for narrow screens: time runs down a
 * vertical axis, each event's label (and its quotes beneath it) stands to the
 * right in time order, pushed down just enough never to overlap the one
 * before, with a leader line back to its mark. Pure numbers, like the
 * horizontal layout, and rendered by the same components.
 */
export function layoutVertical(events: readonly LayoutEventInput[], quotes: readonly LayoutQuoteInput[], options: LayoutOptions = {}): TimelineLayout {
  const width = options.width ?? DRAWING_WIDTHS.vertical
  const locale = options.locale ?? 'en'
  const words = options.texts ?? ENGLISH_LAYOUT
  const labelWidth = width - LABEL_X - 8
  const calloutWidth = labelWidth - CALLOUT_INDENT

  const quotesByEvent = new Map<string, LayoutQuoteInput[]>()
  for (const q of quotes) {
    if (q.eventId === undefined) continue
    const list = quotesByEvent.get(q.eventId)
    if (list) list.push(q)
    else quotesByEvent.set(q.eventId, [q])
  }

  const measureCallout = (q: LayoutQuoteInput) => {
    const wrapped = wrapText(`“${q.text}”`, calloutWidth - CALLOUT.padX * 2, CALLOUT.textSize, 3)
    const by = wrapText(attributionOf(q), calloutWidth - CALLOUT.padX * 2, CALLOUT.bySize, 1, true)
    const height = CALLOUT.padY * 2 + wrapped.lines.length * CALLOUT.lineHeight + 16
    return { q, wrapped, by, height }
  }

  // Blocks in time order: an event's label with its quotes, or a quote that stands alone.
  type Block = { t: number; event?: LayoutEventInput; callouts: ReturnType<typeof measureCallout>[]; labelHeight: number; titleLines: string[]; height: number }
  const blocks: Block[] = []
  for (const e of events) {
    const wrapped = wrapText(e.title, labelWidth - LABEL.padX * 2, LABEL.titleSize, 3, true)
    const labelHeight = LABEL.padY * 2 + 14 + LABEL.lineHeight * wrapped.lines.length
    const callouts = (quotesByEvent.get(e.id) ?? []).map(measureCallout)
    const height = labelHeight + callouts.reduce((s, c) => s + CALLOUT_GAP + c.height, 0)
    blocks.push({ t: e.span.min, event: e, callouts, labelHeight, titleLines: wrapped.lines, height })
  }
  for (const q of quotes) {
    if (q.eventId !== undefined) continue
    const c = measureCallout(q)
    blocks.push({ t: q.span.min, callouts: [c], labelHeight: 0, titleLines: [], height: c.height })
  }
  blocks.sort((a, b) => a.t - b.t)

  // Give the axis roughly the height the blocks need, so marks and labels stay close.
  const needed = blocks.reduce((s, b) => s + b.height + BLOCK_GAP, 0)
  // Labels are pushed down past their marks when they must be, so the axis can be shorter than the labels' column
  // and lean on crowding more than on duration.
  const axis = buildTimeAxis(axisMoments(events, quotes), { x0: TOP + 10, x1: TOP + 10 + Math.max(320, needed * 0.8), minSpacing: 40, minSegmentWidth: 60, durationShare: 0.15 })
  const y = (t: number) => axis.scale(new Date(t))
  const bottom = axis.x1

  // Bars run down beside the axis, packed into thin lanes.
  const spanEvents = events.filter((e) => !isPoint(e.span))
  const barExtent = (e: LayoutEventInput) => {
    const y0 = e.span.start.kind === 'date' ? y(e.span.min) : Math.max(TOP, y(e.span.min) - 50)
    const y1 = e.span.end.kind === 'date' ? Math.max(y(e.span.max), y0 + 4) : e.span.end.kind === 'open' ? bottom : Math.min(bottom, y0 + 60)
    return { x0: y0, x1: y1 }
  }
  const barLanes = packLanes(spanEvents.map(barExtent), 3)
  const barLaneOf = new Map(spanEvents.map((e, i) => [e.id, barLanes[i]!]))

  const eventLayouts: EventLayout[] = []
  const callouts: CalloutLayout[] = []
  let nextFree = TOP
  let order = 0
  for (const block of blocks) {
    const markY = y(block.t)
    const top = Math.max(markY - 14, nextFree)
    nextFree = top + block.height + BLOCK_GAP
    let calloutY = top + block.labelHeight
    const e = block.event
    if (e) {
      const texts = eventTexts(e, locale, words)
      const labelBoxWidth = Math.min(labelWidth, Math.max(LABEL.minWidth, Math.max(...block.titleLines.map((l) => textWidth(l, LABEL.titleSize, true)), textWidth(texts.dateLine, LABEL.dateSize, true) * 1.06) + LABEL.padX * 2))
      const label = { x: LABEL_X, y: top, width: labelBoxWidth, height: block.labelHeight, lane: 0, titleLines: block.titleLines }
      const at = { x: AXIS_X, y: markY }
      if (isPoint(e.span)) {
        const leader: Point[] = [
          [AXIS_X + 8, markY],
          [LABEL_X, top + 14],
        ]
        eventLayouts.push(eventMark(e, order++, texts, at, label, leader, { point: { cx: AXIS_X, cy: markY, r: pointRadius(e.importance) } }))
      } else {
        const { x0: y0, x1: y1 } = barExtent(e)
        const bx = AXIS_X + 6 + (barLaneOf.get(e.id) ?? 0) * (BAR.width + BAR.gap)
        const leader: Point[] = [
          [bx + BAR.width, markY],
          [LABEL_X, top + 14],
        ]
        const bar = { x: bx, y: y0, width: BAR.width, height: y1 - y0, direction: 'vertical' as const, startStyle: endStyle(e.span.start), endStyle: endStyle(e.span.end) }
        eventLayouts.push(eventMark(e, order++, texts, at, label, leader, { bar }))
      }
    }
    for (const c of block.callouts) {
      calloutY += e ? CALLOUT_GAP : 0
      const boxX = e ? LABEL_X + CALLOUT_INDENT : LABEL_X
      const boxWidth = Math.min(calloutWidth, Math.max(c.wrapped.width, c.by.width) + CALLOUT.padX * 2)
      const box = { x: boxX, y: calloutY, width: boxWidth, height: c.height }
      const attribution = c.by.lines[0] ?? ''
      const connector: [number, number][] = e
        ? [
            [LABEL_X + 7, top + block.labelHeight],
            [LABEL_X + 7, calloutY + 12],
            [boxX, calloutY + 12],
          ]
        : [
            [AXIS_X, y(c.q.span.min)],
            [boxX, calloutY + 12],
          ]
      const { lines, truncated } = c.wrapped
      callouts.push(
        c.q.eventId !== undefined
          ? { id: c.q.id, eventId: c.q.eventId, box, lines, attribution, truncated, connector, lane: 0 }
          : { id: c.q.id, box, lines, attribution, truncated, connector, lane: 0 },
      )
      calloutY += c.height
    }
  }

  const height = Math.max(nextFree, bottom + 24)
  return {
    orientation: 'vertical',
    width,
    height,
    segments: axis.segments,
    breaks: axis.breaks,
    axis: drawAxis(axis, 'vertical', AXIS_X, locale),
    events: eventLayouts,
    clusters: [],
    callouts,
  }
}
