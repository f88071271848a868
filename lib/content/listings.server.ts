import { fileStamp, CONTENT_DIR, listMdxFiles, siteSummary, summarize } from './load.server'
import { indexPageSize, siteLanguage } from '../site'
import { indexPageRanges } from './index-pages'
import { listedStories } from './listing.server'
import type { Timeline, TimelineSummary } from './model'
import { getPublished, publishedAs } from './published.server'
import { publishedMs, showsUnpublished } from './publicness'
import { cardEntry, indexEntry, type CardEntry, type IndexEntry } from './story-index'
import { tagPageRanges, type PageRange } from './tag-pages'
import { tagGroups } from './tags'
import path from 'node:path'

/** The whole index of the public stories in the site's language: every entry latest first, with its pages and what its filters offer. */
interface SiteIndex {
  entries: IndexEntry[]
  pages: PageRange[]
  /** Every tag of the listed stories, sorted: the tag filter's choices. */
  tags: string[]
  /** Every year their events touch, latest first: the year filter's choices. */
  years: number[]
}

/** A tag's stories as its pages list them: one version of each, latest first (listing.server.ts), split into pages. */
export interface TagListing {
  key: string
  label: string
  listed: IndexEntry[]
  pages: PageRange[]
}

/** What every list of stories shows: the index and each tag, as entries (a tag page loads its own page's stories). */
export interface Listings {
  index: SiteIndex
  tags: TagListing[]
  /** Every public story's slug, sorted: the stories a production build prerenders (lib/export/render-only.server.ts). */
  slugs: string[]
  /** Every public story's frontmatter and summary, newest first: what the feeds, the sitemap, the API's index and a story page's series links say of each. */
  stories: readonly ListedStory[]
}

/** What every list keeps of a story besides its entry: never its events. */
type ListedStory = Pick<Timeline, 'slug' | 'meta'> & { summary: TimelineSummary }

/** A story as the listings are made of it: with its entry in the site's language. */
type Listed = ListedStory & { entry: IndexEntry }

function listingsOf(stories: readonly Listed[], language: string, perPage: number): Listings {
  const entryOf = (s: Listed) => s.entry
  const entries = listedStories(stories, language, entryOf).map((s) => s.entry)
  const index = {
    entries,
    pages: indexPageRanges(entries.length, perPage),
    tags: [...new Set(entries.flatMap((e) => e.tags))].sort(),
    years: [...new Set(entries.flatMap((e) => e.years))].sort((a, b) => b - a),
  }
  const tags = tagGroups(stories.map((s) => ({ tags: s.meta.tags, story: s }))).map((g) => {
    const listed = listedStories(
      g.stories.map((s) => s.story),
      language,
      entryOf,
    ).map((s) => s.entry)
    return { key: g.key, label: g.label, listed, pages: tagPageRanges(listed.map((e) => e.eventCount)) }
  })
  return { index, tags, slugs: stories.map((s) => s.slug).sort(), stories }
}

/**
 * The listings of the public stories. A build renders hundreds of listing pages over one archive (every page of the
 * index, every page of every tag), and each asks for them; listing 1,000 stories again for each page made each cost
 * the whole archive. So a production process (a build's page workers, `next start`) keeps the last answer while
 * every story file keeps its size and modification time, the site's language and page size are the same, and no
 * embargo has lifted since. It keeps entries only, never the stories themselves: holding every loaded story for the
 * listings was 300 MB of each page worker's heap at 1,000 stories.
 */
export async function publicListings(dir = CONTENT_DIR): Promise<Listings> {
  const language = siteLanguage()
  const perPage = indexPageSize()
  const now = Date.now()
  const key = KEEP ? [dir, language, perPage, ...(await Promise.all((await listMdxFiles(dir)).map(async (f) => `${f}:${await fileStamp(path.join(dir, f))}`)))].join('\n') : undefined
  if (key !== undefined && last?.key === key && now < last.until) return last.listings
  // Each story is made into its entry as it loads: the whole archive's timelines are never in memory at once.
  const listed = (t: Timeline): Listed => ({ slug: t.slug, meta: t.meta, entry: indexEntry(t, siteSummary(t, language)), summary: summarize(t) })
  const { timelines, unpublished } = await publishedAs(dir, { now: new Date(now), compile: false, includeUnpublished: true }, listed)
  const listings = listingsOf(timelines, language, perPage)
  // The answer holds until the first embargo still to come lifts: that story joins the lists then.
  const until = Math.min(Infinity, ...unpublished.flatMap((u) => (u.publicness.state === 'embargoed' ? [publishedMs(u.publicness.until)] : [])))
  if (key !== undefined) last = { key, until, listings }
  return listings
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

/** Page `page` (from 1) of the index, or undefined when there is no such page. */
export async function indexPage(page: number): Promise<IndexPageData | undefined> {
  const { index } = await publicListings()
  const range = index.pages[page - 1]
  if (!range) return undefined
  return { entries: index.entries.slice(range.start, range.end).map(cardEntry), page, pages: index.pages.length, total: index.entries.length, tags: index.tags, years: index.years }
}

const KEEP = process.env.NODE_ENV === 'production'
let last: { key: string; until: number; listings: Listings } | undefined

/**
 * The stories a story page may name as its series neighbours: the public ones (lib/content/listings.server.ts keeps
 * them in production), and in development drafts and embargoed ones too, so a writer sees where a draft will stand.
 */
export async function seriesCandidates(): Promise<TimelineSummary[]> {
  if (!showsUnpublished()) return (await publicListings()).stories.map((s) => s.summary)
  const { timelines, unpublished } = await getPublished(undefined, { compile: false })
  return [...timelines, ...unpublished.map((u) => u.timeline)].map(summarize)
}
