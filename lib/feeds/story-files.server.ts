import type { Timeline } from '../content/model'
import { getPublicTimeline } from '../content/published.server'
import { storiesToRender } from '../export/render-only.server'
import { fileParams, slugOfFile } from './responses'

/**
 * The routes whose last segment is `<slug>.<ext>`, one file per public story written at build time
 * (`/calendars/<slug>.ics`, `/api/v1/timelines/<slug>.json`, `/oembed/<slug>.json`): their params, and
 * the story a file names.
 */

/** `generateStaticParams` of such a route: one `<slug>.<ext>` per public story the build renders (lib/export/render-only.server.ts). */
export async function publicStoryFiles(ext: string): Promise<{ file: string }[]> {
  return fileParams(await storiesToRender(), ext)
}

/** The public story a `<slug>.<ext>` segment names, or null (another extension, no such story, or one withheld). */
export async function publicStoryOfFile(file: string, ext: string): Promise<{ slug: string; timeline: Timeline } | null> {
  const slug = slugOfFile(file, ext)
  const timeline = slug ? await getPublicTimeline(slug) : null
  return slug && timeline ? { slug, timeline } : null
}
