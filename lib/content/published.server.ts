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
  unpublished: { timeline: Timeline; publicness: Exclude<Publicness, { state: 'public' }> }[]
  /** Files that failed to load, with their errors; only ever non-empty in development. */
  broken: { slug: string; errors: ContentError[] }[]
}

export interface PublishedOptions {
  /** The moment publicness is judged at; a build judges at the time it runs. */
  now?: Date
  /** List drafts and embargoed stories under `unpublished`; by default only outside a production build. */
  includeUnpublished?: boolean
  /** Bundle each article too (`code`); listings never render a story, so by default they load without it. */
  compile?: boolean
}

const newestFirst = (a: Timeline, b: Timeline) => publishedMs(b.meta.published) - publishedMs(a.meta.published) || a.slug.localeCompare(b.slug)

/**
 * Every public timeline, newest first: the one list the index, feeds, the sitemap and the APIs
 * read, so a draft or an embargoed story (lib/content/publicness.ts) is left out of all of them at
 * once. A broken file never takes the others down in development (it is listed as broken); a
 * production build fails on it, with the same located errors, so nothing broken is ever published
 * or silently dropped.
 */
export async function getPublished(dir = CONTENT_DIR, { now = new Date(), includeUnpublished = showsUnpublished(), compile = false }: PublishedOptions = {}): Promise<Published> {
  const slugs = await listSlugs(dir)
  const results = await Promise.all(slugs.map(async (slug) => ({ slug, result: await loadTimelineFile(path.join(dir, `${slug}.mdx`), slug, { compile }) })))
  const timelines: Timeline[] = []
  const unpublished: Published['unpublished'] = []
  const broken: Published['broken'] = []
  for (const { slug, result } of results) {
    if (!result.ok) {
      broken.push({ slug, errors: result.errors })
      continue
    }
    const status = publicness(result.timeline.meta, now)
    if (status.state === 'public') timelines.push(result.timeline)
    else if (includeUnpublished) unpublished.push({ timeline: result.timeline, publicness: status })
  }
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
