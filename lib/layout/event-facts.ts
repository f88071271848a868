import { formatShortLabel, formatSpan } from '../time/format'
import type { Bound, TimeSpan } from '../time/types'
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

export function qualifiers(span: TimeSpan): { approximate: boolean; uncertain: boolean } {
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
 * The moments the time axis must run through: every start, and the end of
 * every written interval short enough to anchor it. Months, years and long
 * bars are drawn from their start, across a break if need be. Ends are
 * exclusive (max + 1), so a span ending one day and an event the next share a moment.
 */
export function axisMoments(events: readonly LayoutEventInput[], quotes: readonly LayoutQuoteInput[]): number[] {
  const spans = [...events.map((e) => e.span), ...quotes.filter((q) => q.eventId === undefined).map((q) => q.span)]
  if (spans.length === 0) return []
  // Folded rather than spread: Math.max(...xs) runs out of stack on very long timelines.
  let latest = -Infinity
  let earliest = Infinity
  for (const s of spans) {
    latest = Math.max(latest, s.max)
    earliest = Math.min(earliest, s.min)
  }
  const overall = latest - earliest
  return spans.flatMap((s) => (s.interval && s.end.kind === 'date' && s.max - s.min <= overall / 5 ? [s.min, s.max + 1] : [s.min]))
}

export function attributionOf(q: LayoutQuoteInput): string {
  return `${q.by}${q.role ? `, ${q.role}` : ''}`
}

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
