import { publicListings } from '@/lib/content/listings.server'
import { buildFeed, FEEDS } from '@/lib/feeds/feed'
import { typed } from '@/lib/feeds/responses'
import { siteLanguage, siteUrl } from '@/lib/site'

/** `/feed.xml`: RSS 2.0, one item per published story, written at build time. */
export const dynamic = 'force-static'

export async function GET() {
  return typed(buildFeed((await publicListings()).stories, siteUrl(), siteLanguage()).rss2(), FEEDS.rss.type)
}
