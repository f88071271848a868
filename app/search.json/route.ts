import { publicListings } from '@/lib/content/listings.server'

/**
 * `/search.json`: every public story's index entry (its card and the words its search matches), latest first, for the
 * index's search (components/site/StoryIndex.tsx), which fetches it when a reader starts to search, so a page of the
 * index need not carry the whole archive. The site's own, not the open-data API (docs/api.md). Written at build time.
 */
export const dynamic = 'force-static'

export async function GET() {
  return Response.json({ stories: (await publicListings()).index.entries })
}
