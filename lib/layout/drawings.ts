import type { LayoutEventInput, LayoutQuoteInput, LayoutTexts, TimelineLayout } from './layout-types'
import { layoutHorizontal } from './timeline-layout'
import { layoutVertical } from './vertical-layout'
import { DRAWING_WIDTHS } from './drawing-widths'

/** What the browser needs to lay the wide drawing out again at any zoom: the same inputs the server used. */
export interface ZoomInput {
  events: LayoutEventInput[]
  quotes: LayoutQuoteInput[]
  width: number
  locale: string
  texts: LayoutTexts
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
 * bodies, places or sources.
 */
export function drawings(events: readonly LayoutEventInput[], quotes: readonly LayoutQuoteInput[], locale: string, texts: LayoutTexts): Drawings {
  const inputs = {
    events: events.map(({ id, title, span, importance, quoteIds }) => ({ id, title, span, importance, quoteIds })),
    quotes: quotes.map(({ id, text, by, role, span, eventId }) => ({ id, text, by, span, ...(role !== undefined ? { role } : {}), ...(eventId !== undefined ? { eventId } : {}) })),
  }
  return {
    horizontal: layoutHorizontal(inputs.events, inputs.quotes, { width: DRAWING_WIDTHS.horizontal, locale, texts }),
    vertical: layoutVertical(inputs.events, inputs.quotes, { width: DRAWING_WIDTHS.vertical, locale, texts }),
    zoomInput: { ...inputs, width: DRAWING_WIDTHS.horizontal, locale, texts },
  }
}
