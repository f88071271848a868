import { buildIndex } from '@/lib/api/v1'
import { publicListings } from '@/lib/content/listings.server'
import { siteUrl } from '@/lib/site'

/** `/api/v1/timelines.json`: every published story (docs/api.md), written at build time. */
export const dynamic = 'force-static'

export async function GET() {
  return Response.json(buildIndex((await publicListings()).stories, siteUrl()))
}
