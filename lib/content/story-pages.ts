import { storyPath } from '../urls'

/**
 * A long story is read in pages: its article and its list of events would otherwise ship whole in
 * one HTML file (a story of 2,000 events weighed some 700 KB compressed). The first page is the
 * story's own address and carries the timeline, which draws every event; page n, n ≥ 2, is
 * `/timelines/<slug>/page/<n>`, a folder any file server serves, with the next stretch of the
 * article and of the list. A page holds the sections of EVENTS_PER_PAGE events, in the order they
 * are written; its list, the same number of events in time order (the same events, in a story
 * written in time order).
 */
export const EVENTS_PER_PAGE = 200
/** Stories of more events than this are paged; below it a story is one page, as short stories always were. */
export const PAGED_ABOVE = 300

/** How many pages a story of `eventCount` events is read in. */
export const pageCount = (eventCount: number): number => (eventCount > PAGED_ABOVE ? Math.ceil(eventCount / EVENTS_PER_PAGE) : 1)

/** The page (from 1) an event's section is on, by its place among the story's events as written (`index`). */
export const pageOfIndex = (index: number, eventCount: number): number => (pageCount(eventCount) > 1 ? Math.floor(index / EVENTS_PER_PAGE) + 1 : 1)

/** The page a chunk of the article is on, given the index of its first event (lib/content/chunks.ts marks every chunk with it). */
export const pageOfChunk = (firstEventIndex: number, perPage = EVENTS_PER_PAGE): number => Math.floor(firstEventIndex / perPage) + 1

/** Page `page` of a story: the first at the story's own address, whose links never change when a story grows long. */
export const storyPagePath = (slug: string, page: number) => (page <= 1 ? storyPath(slug) : `${storyPath(slug)}/page/${page}`)

/** The addresses of a story's pages after the first, in order: none for a story read in one page. */
export const laterPagePaths = (slug: string, eventCount: number): string[] => Array.from({ length: pageCount(eventCount) - 1 }, (_, i) => storyPagePath(slug, i + 2))

/** The full details of the events on page `page` (EventDetail[], JSON): what the timeline's detail view of a long story opens. */
export const storyDetailsPath = (slug: string, page: number) => `${storyPath(slug)}/details/${page}.json`

/** Where a link to an event goes from page `here`: its anchor, on this page or on its own. */
export const eventHref = (slug: string, here: number, page: number, id: string) => (page === here ? `#${id}` : `${storyPagePath(slug, page)}#${id}`)

/** Which of the story's events, in time order, page `page`'s list shows: indices `start` (inclusive) to `end` (exclusive). */
export function listRange(page: number, eventCount: number): { start: number; end: number } {
  if (pageCount(eventCount) === 1) return { start: 0, end: eventCount }
  const start = (page - 1) * EVENTS_PER_PAGE
  return { start, end: Math.min(eventCount, start + EVENTS_PER_PAGE) }
}
