import type { TimelineQuote } from '@/lib/content/model'
import { directionOf, messagesFor } from '@/lib/i18n'
import { datetimeAttribute, formatSpan } from '@/lib/time/format'

/** A quote in the article: the words as a blockquote (under them, the words as spoken when they are a translation), then who said them, in what role, when and where. */
export function QuoteBlock({ quote, locale }: { quote: TimelineQuote; locale: string }) {
  const datetime = datetimeAttribute(quote.span)
  return (
    <figure className="quote-block" id={quote.id} data-quote={quote.id}>
      {/* With its original, the quote is a translation in the story's language; lang then marks the original alone. */}
      <blockquote {...(quote.lang && quote.original === undefined ? { lang: quote.lang } : {})}>
        {/* The words read in their own direction: an English quote in an Arabic story keeps its full stop at its end. */}
        <p dir="auto">{quote.text}</p>
        {quote.original !== undefined && quote.lang ? (
          <p className="quote-original" lang={quote.lang} dir={directionOf(quote.lang)}>
            {quote.original}
          </p>
        ) : null}
      </blockquote>
      <figcaption>
        <span className="quote-by" dir="auto">
          {quote.by}
        </span>
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
