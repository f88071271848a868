import { formatShortLabel, formatSpan } from '../time/format'
import type { Bound, Precision, TimeSpan } from '../time/types'
import { plural } from '../i18n/plural'
import type { EndStyle, EventLayout, LayoutEventInput, LayoutQuoteInput, LayoutTexts, Point } from './layout-types'

/** Day- and time-precision single dates are points; months, years and intervals are spans. */
export function isPoint(span: TimeSpan): boolean {
  return !span.interval && span.start.kind === 'date' && (span.start.date.precision === 'day' || span.start.date.precision === 'time')
}

/** How one end of a bar is drawn. */
export function endStyle(bound: Bound): EndStyle {
  if (bound.kind === 'open') return 'open'
  if (bound.kind === 'unknown') return 'unknown'
  return bound.date.approximate || bound.date.uncertain ? 'fuzzy' : 'firm'
}

function qualifiers(span: TimeSpan): { approximate: boolean; uncertain: boolean } {
  const dates = [span.start, span.end].flatMap((b) => (b.kind === 'date' ? [b.date] : []))
  return { approximate: dates.some((d) => d.approximate), uncertain: dates.some((d) => d.uncertain) }
}

/** "1 quote", "3 quotes", "5 цитат": the count a label shows after its ❝, in the story's language. */
export function quotesPhrase(count: number, texts: Pick<LayoutTexts, 'quotes'>, locale: string): string {
  return plural(texts.quotes, count, locale)
}

/**
 * Texts every layout shows for an event: the full date, the compact one, and what its mark says to a
 * screen reader. The accessible name is the words the label shows, in order (WCAG 2.5.3: a voice user
 * says what they see); the full date, which the label abbreviates, is its description.
 */
export function eventTexts(e: LayoutEventInput, locale: string, texts: LayoutTexts) {
  const dateText = formatSpan(e.span, locale)
  const shortDate = formatShortLabel(e.span, locale)
  const quoteCount = e.quoteIds.length
  const quotes = quoteCount ? quotesPhrase(quoteCount, texts, locale) : ''
  const ariaLabel = quoteCount ? `${shortDate}, ${quotes}: ${e.title}` : `${shortDate}: ${e.title}`
  const ariaDescription = dateText
  const dateLine = quoteCount ? `${shortDate}  ❝ ${quotes}` : shortDate
  return { dateText, shortDate, ariaLabel, ariaDescription, dateLine, quoteCount }
}

/**
 * The moments the time axis must run through: every start, and every end
 * that is a date, so each span is drawn whole (a month to its last day, an
 * interval to its end); a long one may cross a break on the way. Ends are
 * exclusive (max + 1), so a span ending one day and an event the next share a moment.
 */
export function axisMoments(events: readonly LayoutEventInput[], quotes: readonly LayoutQuoteInput[]): number[] {
  return storySpans(events, quotes).flatMap((s) => (s.end.kind === 'date' && !isPoint(s) ? [s.min, s.max + 1] : [s.min]))
}

/** The spans the axis is drawn for: every event's, and those of quotes of no event. */
export function storySpans(events: readonly LayoutEventInput[], quotes: readonly LayoutQuoteInput[]): TimeSpan[] {
  return [...events.map((e) => e.span), ...quotes.filter((q) => q.eventId === undefined).map((q) => q.span)]
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** How long an axis runs at least, by the finest date of its story: hours around a time, a week around a day, … */
const CONTEXT: Record<Precision, number> = { time: 6 * HOUR, day: 7 * DAY, month: 365 * DAY, year: 3652 * DAY }

/**
 * The shortest stretch the axis should show for these events: enough context around a lone event
 * (or a few close together) to read where it stands, at the scale of the finest date written.
 */
export function axisContext(events: readonly LayoutEventInput[], quotes: readonly LayoutQuoteInput[]): number {
  let context = 0
  for (const s of storySpans(events, quotes))
    for (const b of [s.start, s.end]) if (b.kind === 'date') context = context === 0 ? CONTEXT[b.date.precision] : Math.min(context, CONTEXT[b.date.precision])
  return context
}

// In a module of its own, so the browser code that only names a quote's speaker (lib/interaction/quotes.ts)
// does not bring the date formatting this module needs.
export { attributionOf } from './attribution'

/** A point's radius by importance: lead events stand out, minor ones recede. */
export function pointRadius(importance: 1 | 2 | 3): number {
  return importance === 1 ? 7 : importance === 3 ? 4.5 : 5.5
}

/**
 * An event's mark as either layout draws it: the facts every mark carries, where it stands, its
 * label and leader, and then its point or its bar. One literal with every common key, then one key
 * added: spreading a shared base ({ ...base, more }) takes V8's slow path, microseconds per object.
 */
export function eventMark(
  e: LayoutEventInput,
  order: number,
  texts: ReturnType<typeof eventTexts>,
  at: { x: number; y: number },
  label: EventLayout['label'],
  leader: Point[],
  drawn: { point: NonNullable<EventLayout['point']> } | { bar: NonNullable<EventLayout['bar']> },
): EventLayout {
  const { approximate, uncertain } = qualifiers(e.span)
  const mark: EventLayout = {
    id: e.id,
    order,
    title: e.title,
    dateText: texts.dateText,
    shortDate: texts.shortDate,
    ariaLabel: texts.ariaLabel,
    ariaDescription: texts.ariaDescription,
    quoteCount: texts.quoteCount,
    importance: e.importance,
    x: at.x,
    y: at.y,
    approximate,
    uncertain,
    label,
    shape: 'point' in drawn ? 'point' : 'span',
    leader,
  }
  if ('point' in drawn) mark.point = drawn.point
  else mark.bar = drawn.bar
  return mark
}
