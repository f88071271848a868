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
 * Both drawings of a story (or of a widget's window on it), laid out on the
 * server, and the inputs the zoom needs in the browser. Only what layout reads
 * is kept from each event and quote, since the inputs go to the browser: not
 * bodies, places or sources. `direction` is the reading direction of the page or widget they are
 * drawn in: time runs that way.
 */
export function drawings(
  events: readonly LayoutEventInput[],
  quotes: readonly LayoutQuoteInput[],
  locale: string,
  texts: LayoutTexts,
  { direction = 'ltr', timezone }: { direction?: Direction; timezone?: string } = {},
): Drawings {
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
  return {
    horizontal: layoutHorizontal(inputs.events, inputs.quotes, { width: DRAWING_WIDTHS.horizontal, locale, texts, direction, timeZone }),
    vertical: layoutVertical(inputs.events, inputs.quotes, { width: DRAWING_WIDTHS.vertical, locale, texts, direction, timeZone }),
    zoomInput: { ...inputs, width: DRAWING_WIDTHS.horizontal, locale, texts, timeZone, ...(direction === 'rtl' ? { direction } : {}) },
  }
}
