import { DRAWING_WIDTHS } from './drawing-widths'
import { axisContext, axisMoments, eventTexts, quotesPhrase, storySpans } from './event-facts'
import { fill } from '../i18n/plural'
import { hasTimes, zoneName } from '../time/zone'
import { ENGLISH_LAYOUT } from './layout-texts'
import type { DateLine, LayoutEventInput, LayoutOptions, LayoutQuoteInput, PlanBase } from './layout-types'
import { CALLOUT, LABEL } from './box-styles'
import { clusterWords } from './cluster-words'
import { measureCalloutText, type CalloutText } from './callout-text'
import { textWidth, wrapText } from './text-width'
import { buildTimeAxis, type TimeAxis } from './time-axis'
import { measuredOnce } from './measured-once'

// Geometry, px, for narrow screens. Type sizes match the horizontal layout.
export const VERTICAL = {
  first: 16,
  axisX: 92,
  bar: { width: 5, gap: 3 },
  labelX: 92 + 28,
  /**
   * Kept free at the end of the labels' line: on a phone the zoom buttons float there, stacked, over the
   * tall drawing as it scrolls by (styles/globals.css, .tl-zoom-float: a tenth of the drawing's width,
   * 38 of its 380), so no label, callout or cluster is ever under them. Ten to spare, as the labels had before.
   */
  zoomColumn: 48,
  blockGap: 14,
  calloutGap: 6,
  calloutIndent: 14,
  /** A cluster's label: its dates, its count, the hint (as tall as a horizontal label). */
  clusterHeight: LABEL.padY * 2 + 14 + LABEL.lineHeight * 2,
}

/**
 * The longest the axis is drawn at fit-all, px: about three phone screens. A story that needs more
 * room than this for its labels starts with clusters, which open as the reader zooms in.
 */
export const FIT_AXIS = 2800

/** A label's height with `lines` lines of title. */
const labelHeight = (lines: number) => LABEL.padY * 2 + 14 + LABEL.lineHeight * lines

/** A callout's height with `lines` lines of text above its attribution. */
const calloutHeight = (lines: number) => CALLOUT.padY * 2 + lines * CALLOUT.lineHeight + 16

/** A quote's lines in a vertical callout: a fourth for the original words, so the translation is shortened no more than another's. */
const calloutLines = (q: LayoutQuoteInput) => (q.original !== undefined ? 4 : 3)

/** A timeline prepared for vertical drawing: its axis at zoom 1 and where each event stands on it. */
export interface VerticalPlan extends PlanBase {
  /** Where the axis starts: zooming stretches the drawing down from here. */
  axisTop: number
  axis: TimeAxis
  /** Each event's start and end on the unzoomed axis, px (an end that is open or unknown: its start). */
  starts: Float64Array
  ends: Float64Array
  /** Quote indices of each event, by event index. */
  quotesOf: number[][]
  /** Quotes that stand alone (of no event in the drawing), in time order, and where, unzoomed. */
  loose: number[]
  looseY: Float64Array
  /** An estimate of each event's block (label and callouts) with its gap, px, before any is measured. */
  estimate: Float64Array
  /** At this zoom there is room for every event's own label: nothing is clustered. */
  maxZoom: number
  labelWidth: number
  calloutWidth: number
  measured: { labels: Map<number, VerticalLabel>; callouts: Map<number, CalloutText>; clusters: Map<string, VerticalCluster> }
}

export interface VerticalLabel {
  texts: ReturnType<typeof eventTexts>
  titleLines: string[]
  dateLines?: DateLine[]
  boxWidth: number
  height: number
}

export interface VerticalCluster {
  words: ReturnType<typeof clusterWords>
  /** The date line as drawn, shortened with an ellipsis where two lines of the box are too narrow for it. */
  dateLine: string
  /** The date line's two lines, where one is too narrow for it. */
  dateLines?: DateLine[]
  height: number
  boxWidth: number
}

/**
 * The part of vertical layout that does not change with zoom. The axis at fit-all is as long as
 * the labels would need (four fifths of it: labels may be pushed down past their marks), up to
 * FIT_AXIS; nothing is measured yet, so planning a story of any length costs what its axis does.
 */
export function planVertical(events: readonly LayoutEventInput[], quotes: readonly LayoutQuoteInput[], options: LayoutOptions = {}): VerticalPlan {
  const width = options.width ?? DRAWING_WIDTHS.vertical
  const locale = options.locale ?? 'en'
  const texts = options.texts ?? ENGLISH_LAYOUT
  const timeZone = options.timeZone ?? 'UTC'
  const spans = storySpans(events, quotes)
  const zoneText = hasTimes(spans) ? fill(texts.timesIn, { zone: zoneName(timeZone, locale, spans[0]?.min ?? 0) }) : undefined
  // The zone is named above the axis, on a line of its own.
  const axisTop = VERTICAL.first + (zoneText ? 18 : 0)
  const labelWidth = width - VERTICAL.labelX - VERTICAL.zoomColumn

  const index = new Map(events.map((e, i) => [e.id, i]))
  const quotesOf: number[][] = events.map(() => [])
  const looseAt: number[] = []
  quotes.forEach((q, i) => {
    const owner = q.eventId === undefined ? undefined : index.get(q.eventId)
    if (owner === undefined) looseAt.push(i)
    else quotesOf[owner]!.push(i)
  })
  // A two-line label, and callouts of three lines: most titles and quotes are about that long.
  const estimate = new Float64Array(events.length)
  let needed = 0
  for (let i = 0; i < events.length; i++) {
    let h = labelHeight(2) + VERTICAL.blockGap
    for (const qi of quotesOf[i]!) h += VERTICAL.calloutGap + calloutHeight(calloutLines(quotes[qi]!))
    estimate[i] = h
    needed += h
  }
  for (const qi of looseAt) needed += calloutHeight(calloutLines(quotes[qi]!)) + VERTICAL.blockGap

  const length = Math.max(320, needed * 0.8)
  const x0 = axisTop + 10
  const axis = buildTimeAxis(axisMoments(events, quotes), { x0, x1: x0 + Math.min(length, FIT_AXIS), minSpacing: 40, minSegmentWidth: 60, durationShare: 0.15, minExtent: axisContext(events, quotes) })
  const starts = new Float64Array(events.length)
  const ends = new Float64Array(events.length)
  for (let i = 0; i < events.length; i++) {
    const span = events[i]!.span
    starts[i] = axis.scale(new Date(span.min))
    ends[i] = span.end.kind === 'date' ? Math.max(axis.scale(new Date(span.max)), starts[i]!) : starts[i]!
  }
  const looseY = Float64Array.from(looseAt, (qi) => axis.scale(new Date(quotes[qi]!.span.min)))
  const loose = looseAt.map((qi, j) => ({ qi, y: looseY[j]! })).sort((a, b) => a.y - b.y || a.qi - b.qi)
  return {
    events,
    quotes,
    width,
    locale,
    texts,
    direction: options.direction ?? 'ltr',
    timeZone,
    zoneText,
    axisTop,
    axis,
    starts,
    ends,
    quotesOf,
    loose: loose.map((l) => l.qi),
    looseY: Float64Array.from(loose, (l) => l.y),
    estimate,
    // Zoomed in this far, the axis is a quarter longer than the labels' column would be with every event on its own.
    maxZoom: Math.min(20_000, Math.max(2, (needed * 1.25) / (axis.x1 - axis.x0))),
    labelWidth,
    calloutWidth: labelWidth - VERTICAL.calloutIndent,
    measured: { labels: new Map(), callouts: new Map(), clusters: new Map() },
  }
}

/** An event's label, measured once per plan: its title in up to three lines across the column. */
export function verticalLabel(plan: VerticalPlan, i: number): VerticalLabel {
  return measuredOnce(plan.measured.labels, i, () => {
    const e = plan.events[i]!
    const texts = eventTexts(e, plan.locale, plan.texts)
    const wrapped = wrapText(e.title, plan.labelWidth - LABEL.padX * 2, LABEL.titleSize, 3, true)
    const dateLines = dateLinesOf(plan, texts)
    const widest = Math.max(wrapped.width, textWidth(texts.dateLine, LABEL.dateSize, true) * 1.06)
    const extra = dateLines ? (dateLines.length - 1) * LABEL.lineHeight : 0
    return { texts, titleLines: wrapped.lines, ...(dateLines ? { dateLines } : {}), boxWidth: Math.min(plan.labelWidth, Math.max(LABEL.minWidth, widest + LABEL.padX * 2)), height: labelHeight(wrapped.lines.length) + extra }
  })
}

/**
 * A label's date line as the column has room for it: a time of day with its zone and a count of quotes
 * can be wider than a phone's column, and would run out of the label's box into the zoom buttons' column.
 * It then breaks: the date over up to two lines, the count of quotes after it or on a line of its own.
 * Every word stays, in order, so the mark's accessible name still holds what it shows (WCAG 2.5.3).
 */
function dateLinesOf(plan: VerticalPlan, texts: ReturnType<typeof eventTexts>): DateLine[] | undefined {
  const inner = (plan.labelWidth - LABEL.padX * 2) / 1.06
  if (textWidth(texts.dateLine, LABEL.dateSize, true) <= inner) return undefined
  const lines: DateLine[] = wrapText(texts.shortDate, inner, LABEL.dateSize, 2, true).lines.map((date) => ({ date, quotes: false }))
  if (texts.quoteCount) {
    const last = lines.at(-1)!
    if (textWidth(`${last.date}  ❝ ${quotesPhrase(texts.quoteCount, plan.texts, plan.locale)}`, LABEL.dateSize, true) <= inner) last.quotes = true
    else lines.push({ date: '', quotes: true })
  }
  return lines
}

/** A quote's callout text, measured once per plan. */
export function verticalCallout(plan: VerticalPlan, qi: number): CalloutText & { height: number } {
  const text = measuredOnce(plan.measured.callouts, qi, () => {
    const q = plan.quotes[qi]!
    return measureCalloutText(q, plan.calloutWidth, calloutLines(q))
  })
  return { ...text, height: calloutHeight(text.lineCount) }
}

/** A cluster's label for events first..last, measured once per plan. */
export function verticalCluster(plan: VerticalPlan, first: number, last: number): VerticalCluster {
  return measuredOnce(plan.measured.clusters, `${first}:${last}`, () => {
    const words = clusterWords(plan.events.slice(first, last + 1), plan.locale, plan.texts)
    const inner = plan.labelWidth - LABEL.padX * 2
    // Dates of far-apart years can be wider than a phone's column: they break over two lines (the box grows by
    // one), and only a date longer than that is shortened, read whole by the accessible name.
    const lines = wrapText(words.dateLine, inner / 1.06, LABEL.dateSize, 2, true).lines
    const dateLine = lines.join(' ')
    const widest = Math.max(textWidth(`${words.title}  ❝ ${quotesPhrase(100, plan.texts, plan.locale)}`, LABEL.titleSize, true), ...lines.map((l) => textWidth(l, LABEL.dateSize, true) * 1.06), textWidth(plan.texts.clusterHint, LABEL.dateSize))
    return {
      words,
      dateLine,
      ...(lines.length > 1 ? { dateLines: lines.map((date) => ({ date, quotes: false })) } : {}),
      boxWidth: Math.min(plan.labelWidth, Math.max(LABEL.minWidth, Math.ceil(widest) + LABEL.padX * 2)),
      height: VERTICAL.clusterHeight + (lines.length - 1) * LABEL.lineHeight,
    }
  })
}
