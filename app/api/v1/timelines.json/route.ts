import { buildIndex, indexStory } from '@/lib/api/v1'
import { CONTENT_DIR } from '@/lib/content/content-files.server'
import { publishedAs } from '@/lib/content/published.server'
import { siteUrl } from '@/lib/site'

/** `/api/v1/timelines.json`: every published story (docs/api.md), written at build time. */
export const dynamic = 'force-static'

export async function GET() {
  return Response.json(buildIndex((await publishedAs(CONTENT_DIR, {}, indexStory)).timelines, siteUrl()))
}
