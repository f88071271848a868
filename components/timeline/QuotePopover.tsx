import { directionOf } from '@/lib/i18n'
import type { CalloutLayout } from '@/lib/layout/layout-types'

/**
 * A callout opened up: the whole quote (and the words as spoken, when it translates them) with who said it, where and when,
 * over the shortened callout. Positioned in percentages of the drawing, so it
 * sits on its callout at any rendered width. It repeats what the article and
 * the detail view already say in full, so it is hidden from assistive
 * technology rather than announced again.
 */
export function QuotePopover({ callout, width, height, text, by, meta }: { callout: CalloutLayout; width: number; height: number; text: string; by: string; meta?: string }) {
  const popWidth = Math.max(callout.box.width, 300)
  // Open towards the side with room: from the callout's left edge, or back from its right edge.
  const x = callout.box.x + popWidth <= width ? callout.box.x : Math.max(0, callout.box.x + callout.box.width - popWidth)
  return (
    <div
      className="tl-quote-popover"
      data-quote-popover={callout.id}
      aria-hidden="true"
      style={{ left: `${(x / width) * 100}%`, top: `${(callout.box.y / height) * 100}%`, width: `${(popWidth / width) * 100}%` }}
    >
      <p className="tl-quote-popover-text">{`“${text}”`}</p>
      {callout.original ? (
        <p className="tl-quote-popover-original" lang={callout.original.lang} dir={directionOf(callout.original.lang)}>
          {callout.original.text}
        </p>
      ) : null}
      <p className="tl-quote-popover-by">
        {by}
        {meta ? <span className="tl-quote-popover-meta">{` · ${meta}`}</span> : null}
      </p>
    </div>
  )
}
