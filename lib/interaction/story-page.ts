import { storyPagePath } from '../content/story-pages'
import type { ViewerModel } from './model'

/**
 * What the story page adds to the timeline around it (components/timeline/story-watch.ts wires it):
 * the "Show on the timeline" links under the article's quotes, the strip that stays at the top once
 * the timeline has scrolled away, and a long story's later pages brought in for a link to one of
 * their events. The decisions, without the DOM.
 */

/** "Show on the timeline" under quote `quoteId`: its callout pinned open, its event (if it has one) selected. Undefined: not a quote of this timeline. */
export function locatedQuote(quotes: readonly { id: string; eventId?: string | undefined }[], quoteId: string): { pinned: string; select: string | undefined } | undefined {
  const quote = quotes.find((q) => q.id === quoteId)
  return quote ? { pinned: quote.id, select: quote.eventId } : undefined
}

/** Whether the timeline has scrolled away above the screen (not merely below it, or off to no side at all), from its intersection with the screen. */
export function scrolledPast(entry: { isIntersecting: boolean; top: number } | undefined): boolean {
  return entry !== undefined && !entry.isIntersecting && entry.top < 0
}

/**
 * Where a link to event `id` of a long story leads when its section is not in the document: the page to
 * bring in (and, failing that, to open: `href`). Undefined when there is nothing to do: no such event,
 * a story in one page, a model for details only (the widget), or the section already here.
 */
export function pageToBringIn(model: Pick<ViewerModel, 'input' | 'pages'>, id: string | undefined, present: (id: string) => boolean): { page: number; href: string } | undefined {
  const pages = model.pages
  if (!pages || pages.detailsOnly || id === undefined) return undefined
  const index = model.input.events.findIndex((e) => e.id === id)
  if (index < 0 || present(id)) return undefined
  const page = pages.of[index] ?? 1
  return { page, href: `${storyPagePath(pages.slug, page)}#${id}` }
}
