import { buildIndex } from '@/lib/api/v1'
import { getPublished } from '@/lib/content/published.server'
import { siteUrl } from '@/lib/site'

/** `/api/v1/timelines.json`: every published story (docs/api.md), written at build time. */
export const dynamic = 'force-static'

export async function GET() {
  return Response.json(buildIndex((await getPublished()).timelines, siteUrl()))
}
