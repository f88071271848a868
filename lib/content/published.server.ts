import { ContentErrors, type ContentError } from './errors'
import { CONTENT_DIR, listSlugs, loadTimelineFile } from './load.server'
import type { Timeline } from './model'
import path from 'node:path'

export interface Published {
  timelines: Timeline[]
  /** Files that failed to load, with their errors; only ever non-empty in development. */
  broken: { slug: string; errors: ContentError[] }[]
}

/**
 * Every timeline, newest first. A broken file never takes the others down in
 * development (it is listed as broken); a production build fails on it, with
 * the same located errors, so nothing broken is ever published or silently dropped.
 */
export async function getPublished(dir = CONTENT_DIR): Promise<Published> {
  const slugs = await listSlugs(dir)
  const results = await Promise.all(slugs.map(async (slug) => ({ slug, result: await loadTimelineFile(path.join(dir, `${slug}.mdx`), slug) })))
  const timelines: Timeline[] = []
  const broken: Published['broken'] = []
  for (const { slug, result } of results) {
    if (result.ok) timelines.push(result.timeline)
    else broken.push({ slug, errors: result.errors })
  }
  if (broken.length && process.env.NODE_ENV === 'production') throw new ContentErrors(broken.flatMap((b) => b.errors))
  timelines.sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.slug.localeCompare(b.slug))
  return { timelines, broken }
}

/** Slugs of the published stories, for the exports' `generateStaticParams`: whatever `getPublished` leaves out, they leave out. */
export async function publicSlugs(dir = CONTENT_DIR): Promise<string[]> {
  return (await getPublished(dir)).timelines.map((t) => t.slug)
}

/** One published story, or null when there is none by that slug (or it is not public). */
export async function publishedTimeline(slug: string, dir = CONTENT_DIR): Promise<Timeline | null> {
  return (await getPublished(dir)).timelines.find((t) => t.slug === slug) ?? null
}
