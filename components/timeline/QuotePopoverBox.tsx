import { directionOf } from '@/lib/i18n/direction'
import type { QuoteMeta } from '@/lib/interaction/quotes'
import type { ZoomInput } from '@/lib/layout/drawings'

type Quote = ZoomInput['quotes'][number]

/** One opened callout at its place: stateless, so the widget's render-once runtime draws it too (components/embed/widget-controls.tsx). */
export function QuotePopoverBox({ quote, meta, place }: { quote: Quote; meta: QuoteMeta | undefined; place: { left: number; top: number; width: number } }) {
  return (
    <div className="tl-quote-popover" data-quote-popover={quote.id} aria-hidden="true" style={{ left: `${place.left}%`, top: `${place.top}%`, width: `${place.width}%` }}>
      {/* The quote and who said it read in their own direction (an English quote in an Arabic story). */}
      <p className="tl-quote-popover-text" dir="auto">{`“${quote.text}”`}</p>
      {quote.original && quote.lang ? (
        <p className="tl-quote-popover-original" lang={quote.lang} dir={directionOf(quote.lang)}>
          {quote.original}
        </p>
      ) : null}
      <p className="tl-quote-popover-by" dir="auto">
        {meta?.by ?? quote.by}
        {meta?.meta ? <span className="tl-quote-popover-meta">{` · ${meta.meta}`}</span> : null}
      </p>
    </div>
  )
}
