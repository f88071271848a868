import type { ZoomInput } from '../layout/drawings'
import type { LayoutEventInput, LayoutQuoteInput } from '../layout/layout-types'
import { packSpan, unpackSpan, type PackedSpan } from '../time/pack'
import type { ViewerModel } from './model'

/**
 * The viewer's model as the story page sends it to the browser: the same data, with every span
 * packed (lib/time/pack.ts) and every event a short tuple, since the page's data carries one per
 * event of the story. Lossless: `unpackModel(packModel(m))` equals `m` (lib/interaction/wire.test.ts).
 * The widget builds its model in the browser and needs none of this.
 */
export interface WireModel extends Omit<ViewerModel, 'input'> {
  input: Omit<ZoomInput, 'events' | 'quotes'> & { events: WireEvent[]; quotes: WireQuote[] }
}

/** `[id, title, span, importance, ...quoteIds]`. */
export type WireEvent = [id: string, title: string, span: PackedSpan, importance: 1 | 2 | 3, ...quoteIds: string[]]
export type WireQuote = Omit<LayoutQuoteInput, 'span'> & { span: PackedSpan }

export function packModel(model: ViewerModel): WireModel {
  const { events, quotes, ...input } = model.input
  return {
    ...model,
    input: {
      ...input,
      events: events.map((e): WireEvent => [e.id, e.title, packSpan(e.span), e.importance, ...e.quoteIds]),
      quotes: quotes.map((q) => ({ ...q, span: packSpan(q.span) })),
    },
  }
}

export function unpackModel(wire: WireModel): ViewerModel {
  const { events, quotes, ...input } = wire.input
  return {
    ...wire,
    input: {
      ...input,
      events: events.map(([id, title, span, importance, ...quoteIds]): LayoutEventInput => ({ id, title, span: unpackSpan(span), importance, quoteIds })),
      quotes: quotes.map((q) => ({ ...q, span: unpackSpan(q.span) })),
    },
  }
}
