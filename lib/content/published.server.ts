import { ContentErrors, type ContentError } from './errors'
import { CONTENT_DIR, getTimeline, listSlugs, loadTimelineFile } from './load.server'
import type { Timeline } from './model'
import { publicness, publishedMs, showsUnpublished, type Publicness } from './publicness'
import path from 'node:path'

export interface Published {
  /** The public stories, newest first: what every listing, feed, sitemap and API shows. */
  timelines: Timeline[]
  /**
   * Drafts and embargoed stories, newest first, with why they are withheld; only ever non-empty where
   * unpublished stories are shown (`next dev`), so a writer sees them marked on the index.
   */
  unpublished: Unpublished<Timeline>[]
  /** Files that failed to load, with their errors; only ever non-empty in development. */
  broken: { slug: string; errors: ContentError[] }[]
}

/** A story this server does not show the public, with why. */
type Unpublished<S> = { timeline: S; publicness: Exclude<Publicness, { state: 'public' }> }

export interface PublishedOptions {
  /** The moment publicness is judged at; a build judges at the time it runs. */
  now?: Date
  /** List drafts and embargoed stories under `unpublished`; by default only outside a production build. */
  includeUnpublished?: boolean
  /** Bundle each article too (`code`); listings never render a story, so by default they load without it. */
  compile?: boolean
}

type Story = Pick<Timeline, 'slug' | 'meta'>
const newestFirst = (a: Story, b: Story) => publishedMs(b.meta.published) - publishedMs(a.meta.published) || a.slug.localeCompare(b.slug)

/** Files loaded at once: enough to keep the disk busy, few enough that a large archive is never all in memory at once. */
const LOADING_AT_ONCE = 8

/**
 * Every public timeline, newest first: the one list the index, feeds, the sitemap and the APIs
 * read, so a draft or an embargoed story (lib/content/publicness.ts) is left out of all of them at
 * once. A broken file never takes the others down in development (it is listed as broken); a
 * production build fails on it, with the same located errors, so nothing broken is ever published
 * or silently dropped.
 */
export const getPublished = (dir = CONTENT_DIR, options: PublishedOptions = {}): Promise<Published> => publishedAs(dir, options, (t) => t)

/**
 * getPublished, each story given as `project` makes it of its timeline as it loads: what lists the whole archive
 * (lib/content/listings.server.ts) keeps a little of each story, and never holds every timeline at once.
 */
export async function publishedAs<S extends Story>(
  dir: string,
  { now = new Date(), includeUnpublished = showsUnpublished(), compile = false }: PublishedOptions,
  project: (t: Timeline) => S,
): Promise<{ timelines: S[]; unpublished: Unpublished<S>[]; broken: Published['broken'] }> {
  const slugs = await listSlugs(dir)
  const timelines: S[] = []
  const unpublished: Unpublished<S>[] = []
  const broken: Published['broken'] = []
  const loadOne = async (slug: string) => {
    const result = await loadTimelineFile(path.join(dir, `${slug}.mdx`), slug, { compile })
    if (!result.ok) return void broken.push({ slug, errors: result.errors })
    const status = publicness(result.timeline.meta, now)
    if (status.state === 'public') timelines.push(project(result.timeline))
    else if (includeUnpublished) unpublished.push({ timeline: project(result.timeline), publicness: status })
  }
  let next = 0
  await Promise.all(Array.from({ length: Math.min(LOADING_AT_ONCE, slugs.length) }, async () => {
    while (next < slugs.length) await loadOne(slugs[next++]!)
  }))
  // Loaded in any order: listed in the files' order, so errors read the same each time.
  broken.sort((a, b) => a.slug.localeCompare(b.slug))
  if (broken.length && process.env.NODE_ENV === 'production') throw new ContentErrors(broken.flatMap((b) => b.errors))
  timelines.sort(newestFirst)
  unpublished.sort((a, b) => newestFirst(a.timeline, b.timeline))
  return { timelines, unpublished, broken }
}

/**
 * Slugs of the story routes a build prerenders (generateStaticParams of the story page, its OG image,
 * its data exports): the public stories, plus, outside production, drafts and embargoed ones. A broken
 * file stays in, so the build fails on it with its errors rather than leaving it out in silence.
 */
export async function listPublicSlugs(dir = CONTENT_DIR, options: Omit<PublishedOptions, 'compile'> = {}): Promise<string[]> {
  const { timelines, unpublished, broken } = await getPublished(dir, { ...options, compile: false })
  return [...timelines.map((t) => t.slug), ...unpublished.map((u) => u.timeline.slug), ...broken.map((b) => b.slug)].sort()
}

/**
 * The timeline for a slug if this server may show it: any story in development, only a public one
 * in production; without its article's code unless asked (cards, calendars and data exports never render it). Null for no such story and for one that is withheld, so the caller answers 404 alike.
 */
export async function getPublicTimeline(slug: string, dir = CONTENT_DIR, { now = new Date(), includeUnpublished = showsUnpublished(), compile = false }: PublishedOptions = {}): Promise<Timeline | null> {
  const timeline = await getTimeline(slug, dir, { compile })
  return timeline && (includeUnpublished || publicness(timeline.meta, now).state === 'public') ? timeline : null
}
