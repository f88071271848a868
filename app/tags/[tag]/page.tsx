import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { TagPageView } from '@/components/site/TagPageView'
import { everyTag, tagPage, tagPageMetadata } from '@/lib/content/tagged.server'

type Props = { params: Promise<{ tag: string }> }

// As on the story page: `true` so `next dev` sees tags added while it runs; a production build answers a tag
// it did not prerender with the prebuilt 404 in proxy.ts, so a made-up tag is never rendered or cached.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await everyTag()).map((t) => ({ tag: t.key }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await tagPage((await params).tag, 1)
  return data ? tagPageMetadata(data) : {}
}

/** `/tags/<tag>`: the first page of a tag, its latest stories (components/site/TagPageView.tsx). */
export default async function TagPage({ params }: Props) {
  const data = await tagPage((await params).tag, 1)
  if (!data) notFound()
  return <TagPageView data={data} />
}
