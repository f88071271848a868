import { publicListings } from '@/lib/content/listings.server'
import { buildFeed, FEEDS } from '@/lib/feeds/feed'
import { typed } from '@/lib/feeds/responses'
import { siteLanguage, siteUrl } from '@/lib/site'

/** `/atom.xml`: Atom 1.0 (RFC 4287), one entry per published story, written at build time. */
export const dynamic = 'force-static'

export async function GET() {
  return typed(buildFeed((await publicListings()).stories, siteUrl(), siteLanguage()).atom1(), FEEDS.atom.type)
}
