import { createPortal } from 'react-dom'
import { directionOf } from '@/lib/i18n/direction'
import { popoverPlacement } from '@/lib/interaction/popover'
import type { QuoteMeta } from '@/lib/interaction/quotes'
import type { ZoomInput } from '@/lib/layout/drawings'

type Quote = ZoomInput['quotes'][number]

/**
 * A callout opened up: the whole quote (and the words as spoken, when it translates them) with who
 * said it, where and when, over the shortened callout, in every drawing that shows that callout.
 * Placed in percentages of the drawing, from where its callout is drawn, so it sits on its callout
 * at any rendered width; rendered by the viewer into the drawing's canvas (the drawing itself is
 * static markup). It repeats what the article and the detail view already say in full, so it is
 * hidden from assistive technology rather than announced again.
 */
export function QuotePopovers({ root, quote, meta }: { root: HTMLElement | null; quote: Quote | undefined; meta: QuoteMeta | undefined }) {
  if (!root || !quote) return null
  return (
    <>
      {[...root.querySelectorAll<HTMLElement>('.tl-drawings [data-orientation]')].map((drawing) => {
        const canvas = drawing.querySelector('.tl-canvas')
        const svg = drawing.querySelector('svg')
        const callout = drawing.querySelector<SVGGElement>(`[data-quote-id="${CSS.escape(quote.id)}"] [data-box="callout"]`)
        const rect = callout?.querySelector('rect')
        if (!canvas || !svg || !callout || !rect) return null
        const at = callout.transform.baseVal.consolidate()?.matrix
        const place = popoverPlacement({ x: at?.e ?? 0, y: at?.f ?? 0, width: rect.width.baseVal.value }, { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height }, drawing.getAttribute('dir') === 'rtl')
        return createPortal(
          <div
            className="tl-quote-popover"
            data-quote-popover={quote.id}
            aria-hidden="true"
            style={{ left: `${place.left}%`, top: `${place.top}%`, width: `${place.width}%` }}
          >
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
          </div>,
          canvas,
          drawing.getAttribute('data-orientation'),
        )
      })}
    </>
  )
}
