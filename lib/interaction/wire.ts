import type { EventBrief } from '../content/event-details'
import type { ZoomInput } from '../layout/drawings'
import type { LayoutEventInput, LayoutQuoteInput } from '../layout/layout-types'
import { packSpan, unpackSpan, type PackedSpan } from '../time/pack'
import type { ViewerModel } from './model'

/**
 * The viewer's model as the story page sends it to the browser: the same data, with every span
 * packed (lib/time/pack.ts), every event a short tuple and every detail without the id and title its
 * event gives, since the page's data carries one of each per event of the story. Lossless: `unpackModel(packModel(m))` equals `m` (lib/interaction/wire.test.ts).
 * The widget builds its model in the browser and needs none of this.
 */
export interface WireModel extends Omit<ViewerModel, 'input' | 'details'> {
  input: Omit<ZoomInput, 'events' | 'quotes'> & { events: WireEvent[]; quotes: WireQuote[] }
  details: WireDetail[]
}

/** A detail without the id and title of its event (the one at its place in `input.events`), which say them already. */
type WireDetail = Omit<EventBrief, 'id' | 'title'> & Partial<Pick<EventBrief, 'id' | 'title'>>

/** `[id, title, span, importance, ...quoteIds]`. */
type WireEvent = [id: string, title: string, span: PackedSpan, importance: 1 | 2 | 3, ...quoteIds: string[]]
type WireQuote = Omit<LayoutQuoteInput, 'span'> & { span: PackedSpan }

export function packModel(model: ViewerModel): WireModel {
  const { events, quotes, ...input } = model.input
  return {
    ...model,
    details: model.details.map((d, i) => {
      const wire: WireDetail = { ...d }
      if (d.id === events[i]?.id && d.title === events[i]?.title) {
        delete wire.id
        delete wire.title
      }
      return wire
    }),
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
    details: wire.details.map((d, i) => ({ id: events[i]![0], title: events[i]![1], ...d })),
    input: {
      ...input,
      events: events.map(([id, title, span, importance, ...quoteIds]): LayoutEventInput => ({ id, title, span: unpackSpan(span), importance, quoteIds })),
      quotes: quotes.map((q) => ({ ...q, span: unpackSpan(q.span) })),
    },
  }
}
