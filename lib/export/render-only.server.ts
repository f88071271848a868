import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { listPublicSlugs } from '../content/published.server'
import { publicListings } from '../content/listings.server'

/**
 * The stories whose own pages and files a build renders (each story route's generateStaticParams): every
 * public story, or, when an export renders only what changed since its last run (lib/export/incremental.ts),
 * those named in the JSON list of slugs at DATELINE_RENDER_ONLY. The export keeps the other stories' files
 * from its earlier run; the site's own pages (index, tags, feeds, sitemap, the API's list) always list every story.
 */
export async function storiesToRender(): Promise<string[]> {
  // Every story route asks: in production, from the kept listings (a broken file has already failed the build there).
  const slugs = process.env.NODE_ENV === 'production' ? (await publicListings()).slugs : await listPublicSlugs()
  const only = renderOnly(process.env.DATELINE_RENDER_ONLY)
  return only ? slugs.filter((slug) => only.has(slug)) : slugs
}

const slugList = z.array(z.string())

/** The slugs listed in the file, or undefined when no file is named. A named file that cannot be read fails the build. */
function renderOnly(file: string | undefined): Set<string> | undefined {
  if (!file) return undefined
  return new Set(slugList.parse(JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8'))))
}
