import { oembedResponse } from '@/lib/embed/oembed'
import { notFound } from '@/lib/feeds/responses'
import { publicStoryFiles, publicStoryOfFile } from '@/lib/feeds/story-files.server'
import { siteUrl } from '@/lib/site'
import { storyUrl } from '@/lib/urls'

/**
 * `/oembed/<slug>.json`: the story's oEmbed answer at the default size (oembed.com §2.3), written at build time,
 * so a static export answers discovery without a server. The page's discovery link names it (oembed.com §4 lets
 * the link be any URL); the query endpoint `/api/oembed?url=…&maxwidth=…` stays on the Node server.
 */
export const dynamic = 'force-static'
export const dynamicParams = false

export async function generateStaticParams() {
  return publicStoryFiles('json')
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const story = await publicStoryOfFile((await params).file, 'json')
  if (!story) return notFound('timeline')
  const { slug, timeline } = story
  const origin = siteUrl()
  return Response.json(oembedResponse(slug, timeline.meta.title, origin, { url: storyUrl(origin, slug) }))
}
