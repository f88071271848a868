import { tagPageRanges, type PageRange } from './tag-pages'

/**
 * The index lists the latest stories first, a page at a time (lib/site.ts indexPageSize): a newsroom's archive of a
 * thousand stories on one page was 35 MB of HTML, which no reader's browser should be sent. Older stories are on
 * `/page/<n>`, and the index's search (components/site/StoryIndex.tsx) looks through every story, on every page.
 */
export const indexPageRanges = (stories: number, perPage: number): PageRange[] => tagPageRanges(new Array<number>(stories).fill(0), { maxStories: perPage })

/** Page `page` (from 1) of the index: the first is the site's root, so its address never changes as the archive grows; the others are folders any file server serves. */
export const indexPagePath = (page: number) => (page <= 1 ? '/' : `/page/${page}`)

/** Where the index's search finds every story (app/search.json/route.ts). */
export const SEARCH_INDEX_PATH = '/search.json'
