import type { EventBrief } from '../content/event-details'
import { attributionOf } from '../layout/attribution'
import type { LayoutQuoteInput } from '../layout/layout-types'

/** Both places a quote is drawn: its callout in the SVG and the popover that opens it up. */
export const QUOTE_SELECTOR = '[data-quote-id], [data-quote-popover]'

/** The quote a callout or popover stands for, from its attributes. */
export function quoteIdOf(attribute: (name: string) => string | null): string | undefined {
  return attribute('data-quote-id') ?? attribute('data-quote-popover') ?? undefined
}

/**
 * The callout opened up to its whole quote: the one under the pointer, else the one tapped open
 * (until tapped again or Escape), else the first quote of the selected event.
 */
export function expandedQuote({ hover, pinned, selected }: { hover?: string | undefined; pinned?: string | undefined; selected?: Pick<EventBrief, 'quotes'> | undefined }): string | undefined {
  return hover ?? pinned ?? selected?.quotes[0]?.id
}

/** A tap on a callout pins it open, and a tap on the pinned one lets it go. */
export function togglePin(pinned: string | undefined, tapped: string): string | undefined {
  return pinned === tapped ? undefined : tapped
}

export interface QuoteMeta {
  /** The speaker, with their role. */
  by: string
  /** Where and when, as the detail writes them. */
  meta?: string
}

/** Who said each quote and where, written out in full for its opened callout. */
export function quoteMeta(quotes: readonly Pick<LayoutQuoteInput, 'id' | 'by' | 'role'>[], details: readonly Pick<EventBrief, 'quotes'>[]): Record<string, QuoteMeta> {
  const meta: Record<string, QuoteMeta> = {}
  for (const q of quotes) meta[q.id] = { by: attributionOf(q) }
  for (const d of details)
    for (const q of d.quotes) {
      const text = [q.source, q.dateText].filter(Boolean).join(', ')
      if (text && meta[q.id]) meta[q.id]!.meta = text
    }
  return meta
}
