import { tagPath } from './tags'

/**
 * A tag page draws every event of its stories on one timeline; over a large archive a tag gathers thousands
 * of stories and a single page of all their events (13,000 and more at 1,000 stories, some 60 MB of HTML) is
 * not a page anyone can load. So a tag's stories, latest first, are split into pages of at most this many
 * events, about three long stories' worth (a story page of 300 events weighs 2–3 MB), and of at most
 * TAG_PAGE_STORIES story cards. A tag of a few stories keeps its one page.
 */
const TAG_PAGE_EVENTS = 1_000
const TAG_PAGE_STORIES = 20

/** Which stories a page shows: indices `start` (inclusive) to `end` (exclusive) of the tag's list. */
export interface PageRange {
  start: number
  end: number
}

/**
 * The pages of a list of stories, each given by its number of events, in the list's order: a page takes
 * stories while they fit its limits; a story larger than the event limit has a page of its own. There is
 * always a first page, empty for an empty list.
 */
export function tagPageRanges(eventCounts: readonly number[], { maxEvents = TAG_PAGE_EVENTS, maxStories = TAG_PAGE_STORIES } = {}): PageRange[] {
  const pages: PageRange[] = []
  let start = 0
  let events = 0
  for (let i = 0; i < eventCounts.length; i++) {
    const n = eventCounts[i]!
    if (i > start && (events + n > maxEvents || i - start >= maxStories)) {
      pages.push({ start, end: i })
      start = i
      events = 0
    }
    events += n
  }
  pages.push({ start, end: eventCounts.length })
  return pages
}

/**
 * Page `page` (from 1) of a tag: the first at the tag's own path, so its links never change when a tag grows
 * a second page; the others below it as folders (`/tags/<key>/page/2`), which any file server serves.
 */
export const tagPagePath = (key: string, page: number) => (page <= 1 ? tagPath(key) : `${tagPath(key)}/page/${page}`)
