import type { Metadata } from 'next'
import { IndexPageView } from '@/components/site/IndexPageView'
import { getPublished } from '@/lib/content/published.server'
import { showsUnpublished } from '@/lib/content/publicness'
import { indexPage } from '@/lib/content/listings.server'
import { feedAlternates } from '@/lib/feeds/feed'
import { siteMessagesFor } from '@/lib/i18n/site'
import { siteLanguage, siteUrl } from '@/lib/site'

export function generateMetadata(): Metadata {
  const t = siteMessagesFor(siteLanguage()).site
  return {
    title: { absolute: t.indexTitle },
    description: t.indexDescription,
    // A page's own `alternates` replaces the layout's, so the feed links are named again.
    alternates: { canonical: '/', types: feedAlternates(siteUrl()) },
    openGraph: { title: 'Dateline', description: t.indexShort, url: '/' },
  }
}

/** The index's first page: the latest stories (components/site/IndexPageView.tsx); older ones on `/page/<n>`. */
export default async function IndexPage() {
  // Drafts, embargoed stories and broken files are listed for a writer in development; a production build shows no
  // draft nor embargoed story, and fails on a broken file (the listings load every story).
  const [{ unpublished, broken }, data] = await Promise.all([showsUnpublished() ? getPublished() : { unpublished: [], broken: [] }, indexPage(1)])
  return <IndexPageView data={data!} unpublished={unpublished} broken={broken} />
}
