import { buildTimelineDocument } from '@/lib/api/v1'
import { getPublicTimeline, listPublicSlugs } from '@/lib/content/published.server'
import { fileParams, notFound, slugOfFile } from '@/lib/feeds/responses'
import { siteUrl } from '@/lib/site'

/** `/api/v1/timelines/<slug>.json`: one published story's data (docs/api.md), written at build time. */
export const dynamic = 'force-static'
export const dynamicParams = false

export async function generateStaticParams() {
  return fileParams(await listPublicSlugs(), 'json')
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = slugOfFile((await params).file, 'json')
  const timeline = slug ? await getPublicTimeline(slug) : null
  if (!timeline) return notFound('timeline')
  return Response.json(buildTimelineDocument(timeline, siteUrl()))
}
