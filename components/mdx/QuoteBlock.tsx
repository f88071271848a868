import type { TimelineQuote } from '@/lib/content/model'
import { messagesFor } from '@/lib/i18n'
import { datetimeAttribute, formatSpan } from '@/lib/time/format'

/** A quote in the article: the words as a blockquote, then who said them, in what role, when and where. */
export function QuoteBlock({ quote, locale }: { quote: TimelineQuote; locale: string }) {
  const datetime = datetimeAttribute(quote.span)
  return (
    <figure className="quote-block" id={quote.id} data-quote={quote.id}>
      <blockquote {...(quote.lang ? { lang: quote.lang } : {})}>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        <span className="quote-by">{quote.by}</span>
        {quote.role ? <span className="quote-role">, {quote.role}</span> : null}
        {quote.dated || quote.source ? (
          <span className="quote-when">
            {' · '}
            {quote.source ? <cite>{quote.source}</cite> : null}
            {quote.source && quote.dated ? ', ' : null}
            {quote.dated ? <time {...(datetime ? { dateTime: datetime } : {})}>{formatSpan(quote.span, locale)}</time> : null}
          </span>
        ) : null}
        {/* Without JavaScript this goes to the timeline; with it, the timeline also selects the quote's event and opens the callout. */}
        <a className="quote-locate" href="#timeline" data-locate-quote={quote.id}>
          {messagesFor(locale).story.showOnTimeline}
        </a>
      </figcaption>
    </figure>
  )
}
