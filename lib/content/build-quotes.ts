/**
 * The quotes step of building a timeline: each `<Quote>` validated and dated,
 * by its own `date` or by the event it sits in.
 */
import type { TimeSpan } from '../time/types'
import type { Collected } from './collect'
import { dateProp, validateProps, type Report } from './element-props'
import type { TimelineEvent, TimelineQuote } from './model'
import { quotePropSchemas, REQUIRED_QUOTE_PROPS } from './schema'

/**
 * Builds the quotes the file's `<Quote>`s describe, numbering each after its
 * event (`<event id>-q1`) and adding its id to that event.
 *
 * @param eventByIndex the events built so far, by their element's index
 */
export function buildQuotes(collected: Collected, eventByIndex: Map<number, TimelineEvent>, at: Report): TimelineQuote[] {
  const quotes: TimelineQuote[] = []
  for (const el of collected.quotes) {
    const { values, places } = validateProps(el, quotePropSchemas, REQUIRED_QUOTE_PROPS, at)
    const event = el.eventIndex !== undefined ? eventByIndex.get(el.eventIndex) : undefined
    let span: TimeSpan | undefined
    if (values.date !== undefined && places.date) span = dateProp(places.date, values.date, 'invalid `date`', at)
    else if (el.eventIndex === undefined) {
      at(el.line, el.column, {
        message: 'a <Quote> outside an <Event> needs its own `date`',
        prop: 'date',
        expected: 'date="…" (EDTF), or move the quote inside its <Event>',
      })
    } else span = event?.span
    if (!el.text) {
      at(el.line, el.column, { message: '<Quote> has no words', expected: '<Quote by="…">the quoted words</Quote>' })
      continue
    }
    // Without its language the original could not be marked up (lang, and dir for a right-to-left script).
    if (values.original !== undefined && values.lang === undefined) {
      const place = places.original!
      at(place.line, place.column, {
        message: '`original` on <Quote> needs `lang`',
        prop: 'original',
        expected: 'lang="…", the BCP 47 tag of the language the words were spoken in, such as ru',
        hint: 'add lang="ru" (or the language of the original) to the same <Quote>',
      })
    }
    if (values.by === undefined || span === undefined) continue
    const id = event ? `${event.id}-q${event.quoteIds.length + 1}` : `quote-${el.index + 1}`
    const quote: TimelineQuote = {
      id,
      index: el.index,
      text: el.text,
      by: values.by,
      span,
      dated: values.date !== undefined,
      line: el.line,
      ...(values.role ? { role: values.role } : {}),
      ...(values.source ? { source: values.source } : {}),
      ...(values.lang ? { lang: values.lang } : {}),
      ...(values.original ? { original: values.original } : {}),
      ...(event ? { eventId: event.id } : {}),
    }
    event?.quoteIds.push(id)
    quotes.push(quote)
  }
  return quotes
}
