import { notFound } from '@/lib/feeds/responses'
import { pageDetails, pagedStories } from '@/lib/content/story-pages.server'

/**
 * `/timelines/<slug>/details/<n>.json`: the whole details of the events on page n of a long story, which its
 * timeline sends only as briefs and fetches when a detail opens (components/timeline/use-event-detail.ts).
 * Written at build time, so a static export serves them as files.
 */
export const dynamic = 'force-static'
export const dynamicParams = false

export async function generateStaticParams() {
  return (await pagedStories()).flatMap(({ slug, pages }) => Array.from({ length: pages }, (_, i) => ({ slug, file: `${i + 1}.json` })))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params
  const m = /^([1-9][0-9]{0,5})\.json$/.exec(file)
  const details = m ? await pageDetails(slug, Number(m[1])) : null
  return details ? Response.json(details) : notFound('page of this story')
}
