import type { Direction, LayoutEventInput, LayoutQuoteInput, LayoutTexts, TimelineLayout } from './layout-types'
import { layoutHorizontal } from './timeline-layout'
import { layoutVertical } from './vertical-layout'
import { DRAWING_WIDTHS } from './drawing-widths'
import { storySpans } from './event-facts'
import { storyZone, type ZoneId } from '../time/zone'

/** What the browser needs to lay the wide drawing out again at any zoom: the same inputs the server used. */
export interface ZoomInput {
  events: LayoutEventInput[]
  quotes: LayoutQuoteInput[]
  width: number
  locale: string
  texts: LayoutTexts
  /** Present for a right-to-left drawing only, so a left-to-right one sends the browser nothing more. */
  direction?: 'rtl'
  timeZone: ZoneId
}

export interface Drawings {
  horizontal: TimelineLayout
  vertical: TimelineLayout
  zoomInput: ZoomInput
}

/**
 * What a story's drawings are laid out from (or a widget's window on it): only what layout reads
 * is kept from each event and quote, since this goes to the browser for the zoom: not bodies,
 * places or sources. `direction` is the reading direction of the page or widget they are drawn
 * in: time runs that way.
 */
export function layoutInput(
  events: readonly LayoutEventInput[],
  quotes: readonly LayoutQuoteInput[],
  locale: string,
  texts: LayoutTexts,
  { direction = 'ltr', timezone }: { direction?: Direction; timezone?: string } = {},
): ZoomInput {
  const inputs = {
    events: events.map(({ id, title, span, importance, quoteIds }) => ({ id, title, span, importance, quoteIds })),
    quotes: quotes.map(({ id, text, by, role, span, eventId, original, lang }) => ({
      id,
      text,
      by,
      span,
      ...(role !== undefined ? { role } : {}),
      ...(eventId !== undefined ? { eventId } : {}),
      ...(original !== undefined && lang !== undefined ? { original, lang } : {}),
    })),
  }
  const timeZone = storyZone(timezone, storySpans(inputs.events, inputs.quotes))
  return { ...inputs, width: DRAWING_WIDTHS.horizontal, locale, texts, timeZone, ...(direction === 'rtl' ? { direction } : {}) }
}

/** Both drawings of a layout input at rest: left to right for wide screens, top to bottom for phones. */
export function drawingsOf(input: ZoomInput): Pick<Drawings, 'horizontal' | 'vertical'> {
  const { events, quotes, locale, texts, timeZone } = input
  const direction = input.direction ?? 'ltr'
  return {
    horizontal: layoutHorizontal(events, quotes, { width: DRAWING_WIDTHS.horizontal, locale, texts, direction, timeZone }),
    vertical: layoutVertical(events, quotes, { width: DRAWING_WIDTHS.vertical, locale, texts, direction, timeZone }),
  }
}

/** Both drawings of a story and the inputs the zoom needs in the browser, laid out together. */
export function drawings(
  events: readonly LayoutEventInput[],
  quotes: readonly LayoutQuoteInput[],
  locale: string,
  texts: LayoutTexts,
  options: { direction?: Direction; timezone?: string } = {},
): Drawings {
  const zoomInput = layoutInput(events, quotes, locale, texts, options)
  return { ...drawingsOf(zoomInput), zoomInput }
}
