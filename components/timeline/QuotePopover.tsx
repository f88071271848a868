import { directionOf } from '@/lib/i18n/direction'
import type { CalloutLayout } from '@/lib/layout/layout-types'

/**
 * A callout opened up: the whole quote (and the words as spoken, when it translates them) with who said it, where and when,
 * over the shortened callout. Positioned in percentages of the drawing, so it
 * sits on its callout at any rendered width. It repeats what the article and
 * the detail view already say in full, so it is hidden from assistive
 * technology rather than announced again.
 */
export function QuotePopover({ callout, width, height, text, by, meta, rtl = false }: { callout: CalloutLayout; width: number; height: number; text: string; by: string; meta?: string; rtl?: boolean }) {
  const popWidth = Math.max(callout.box.width, 300)
  // Open towards the side with room: from the callout's reading-start edge (its left, or right to left its
  // right), or back from the other one.
  const fromLeft = callout.box.x
  const fromRight = callout.box.x + callout.box.width - popWidth
  const x = rtl ? (fromRight >= 0 ? fromRight : Math.min(fromLeft, width - popWidth)) : fromLeft + popWidth <= width ? fromLeft : Math.max(0, fromRight)
  return (
    <div
      className="tl-quote-popover"
      data-quote-popover={callout.id}
      aria-hidden="true"
      style={{ left: `${(x / width) * 100}%`, top: `${(callout.box.y / height) * 100}%`, width: `${(popWidth / width) * 100}%` }}
    >
      {/* The quote and who said it read in their own direction (an English quote in an Arabic story). */}
      <p className="tl-quote-popover-text" dir="auto">{`“${text}”`}</p>
      {callout.original ? (
        <p className="tl-quote-popover-original" lang={callout.original.lang} dir={directionOf(callout.original.lang)}>
          {callout.original.text}
        </p>
      ) : null}
      <p className="tl-quote-popover-by" dir="auto">
        {by}
        {meta ? <span className="tl-quote-popover-meta">{` · ${meta}`}</span> : null}
      </p>
    </div>
  )
}
