import { lastAnswer } from '../cache/last-answer'
import { siteLanguage, indexPageSize } from '../site'
import { indexPageRanges } from './index-pages'
import { listedStories } from './listing.server'
import type { Timeline } from './model'
import { getPublished, type Published } from './published.server'
import { cardEntry, type CardEntry, type IndexEntry } from './story-index'
import type { PageRange } from './tag-pages'

/** The whole index of the public stories in the site's language: every entry latest first, with its pages and what its filters offer. */
export interface SiteIndex {
  entries: IndexEntry[]
  pages: PageRange[]
  /** Every tag of the listed stories, sorted: the tag filter's choices. */
  tags: string[]
  /** Every year their events touch, latest first: the year filter's choices. */
  years: number[]
}

/** One page of the index: its cards, its number and the index's totals, with the filters' choices over every story. */
export interface IndexPageData {
  entries: CardEntry[]
  page: number
  pages: number
  total: number
  tags: string[]
  years: number[]
}

// Every page of the index lists from the same whole index: built once for the same public stories.
const indexOf = lastAnswer((timelines: readonly Timeline[], key: string): SiteIndex => {
  const [language, perPage] = key.split('\n') as [string, string]
  const entries = listedStories(timelines, language).map((s) => s.entry)
  return {
    entries,
    pages: indexPageRanges(entries.length, Number(perPage)),
    tags: [...new Set(entries.flatMap((e) => e.tags))].sort(),
    years: [...new Set(entries.flatMap((e) => e.years))].sort((a, b) => b - a),
  }
})

/** The index of the public stories given (getPublished's), in the site's language and its page size. */
export const siteIndexOf = (timelines: readonly Timeline[]): SiteIndex => indexOf(timelines, `${siteLanguage()}\n${indexPageSize()}`)

/** The index of the public stories. */
export async function siteIndex(): Promise<SiteIndex> {
  return siteIndexOf((await getPublished(undefined, { compile: false, includeUnpublished: false })).timelines)
}

/** Page `page` (from 1) of the index of `published`'s public stories, or undefined when there is no such page. */
export function indexPage(published: Pick<Published, 'timelines'>, page: number): IndexPageData | undefined {
  const index = siteIndexOf(published.timelines)
  const range = index.pages[page - 1]
  if (!range) return undefined
  return { entries: index.entries.slice(range.start, range.end).map(cardEntry), page, pages: index.pages.length, total: index.entries.length, tags: index.tags, years: index.years }
}
