import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TagPageView } from '@/components/site/TagPageView'
import { laterPageFromParam } from '@/lib/content/page-param'
import { everyTag, tagPage, tagPageMetadata } from '@/lib/content/tagged.server'

type Props = { params: Promise<{ tag: string; page: string }> }

// As on the tag's first page: proxy.ts answers a page the build did not prerender with the prebuilt 404.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await everyTag()).flatMap((t) => t.pages.slice(1).map((_, i) => ({ tag: t.key, page: String(i + 2) })))
}

async function pageOf(params: Props['params']) {
  const { tag, page } = await params
  const n = laterPageFromParam(page)
  return n ? tagPage(tag, n) : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await pageOf(params)
  return data ? tagPageMetadata(data) : {}
}

/** `/tags/<tag>/page/<n>`: the older stories of a tag of many (lib/content/tag-pages.ts); page 1 is `/tags/<tag>`. */
export default async function TagPageN({ params }: Props) {
  const data = await pageOf(params)
  if (!data) notFound()
  return <TagPageView data={data} />
}
