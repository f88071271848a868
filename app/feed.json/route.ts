import { publicListings } from '@/lib/content/listings.server'
import { buildFeed, FEEDS, jsonFeed } from '@/lib/feeds/feed'
import { typed } from '@/lib/feeds/responses'
import { siteLanguage, siteUrl } from '@/lib/site'

/** `/feed.json`: JSON Feed 1.1, one item per published story, written at build time. */
export const dynamic = 'force-static'

export async function GET() {
  return typed(jsonFeed(buildFeed((await publicListings()).stories, siteUrl(), siteLanguage())), FEEDS.json.type)
}
