import { useState } from 'react'
import type { EventBrief } from '@/lib/content/event-details'
import { expandedQuote } from '@/lib/interaction/quotes'

/**
 * Which callout is opened up to its whole quote (lib/interaction/quotes.ts): the one under the
 * pointer, the one tapped open, or the selected event's first. None before hydration, so the
 * server's markup and the first render agree.
 */
export function useQuoteExpansion(hydrated: boolean, selected: EventBrief | undefined) {
  const [hover, setHover] = useState<string | undefined>()
  const [pinned, setPinned] = useState<string | undefined>()
  const expandedId = hydrated ? expandedQuote({ hover, pinned, selected }) : undefined
  return { expandedId, setHover, setPinned }
}
