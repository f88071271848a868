import { createPortal } from 'react-dom'
import type { QuoteMeta } from '@/lib/interaction/quotes'
import type { ZoomInput } from '@/lib/layout/drawings'
import { popoverPlaces } from './popover-places'
import { QuotePopoverBox } from './QuotePopoverBox'

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
  return <>{popoverPlaces(root, quote.id).map(({ canvas, orientation, place }) => createPortal(<QuotePopoverBox quote={quote} meta={meta} place={place} />, canvas, orientation))}</>
}
