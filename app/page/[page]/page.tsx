import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IndexPageView } from '@/components/site/IndexPageView'
import { indexPagePath } from '@/lib/content/index-pages'
import { laterPageFromParam } from '@/lib/content/page-param'
import { indexPage, publicListings } from '@/lib/content/listings.server'
import { feedAlternates } from '@/lib/feeds/feed'
import { fill } from '@/lib/i18n/plural'
import { siteMessagesFor } from '@/lib/i18n/site'
import { siteLanguage, siteUrl } from '@/lib/site'

type Props = { params: Promise<{ page: string }> }

// As on a tag's later pages: proxy.ts answers a page the build did not prerender with the prebuilt 404.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await publicListings()).index.pages.slice(1).map((_, i) => ({ page: String(i + 2) }))
}

async function pageOf(params: Props['params']) {
  const n = laterPageFromParam((await params).page)
  return n ? indexPage(n) : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await pageOf(params)
  if (!data) return {}
  const t = siteMessagesFor(siteLanguage()).site
  const title = fill(t.indexTitlePage, { page: String(data.page) })
  const url = indexPagePath(data.page)
  // Each page is its own canonical URL, since each lists other stories.
  return { title: { absolute: title }, description: t.indexDescription, alternates: { canonical: url, types: feedAlternates(siteUrl()) }, openGraph: { title, description: t.indexShort, url } }
}

/** `/page/<n>`: the index's older stories (lib/content/index-pages.ts); page 1 is `/`. */
export default async function IndexPageN({ params }: Props) {
  const data = await pageOf(params)
  if (!data) notFound()
  return <IndexPageView data={data} />
}
