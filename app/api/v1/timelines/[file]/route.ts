import { buildTimelineDocument } from '@/lib/api/v1'
import { notFound } from '@/lib/feeds/responses'
import { publicStoryFiles, publicStoryOfFile } from '@/lib/feeds/story-files.server'
import { siteUrl } from '@/lib/site'

/** `/api/v1/timelines/<slug>.json`: one published story's data (docs/api.md), written at build time. */
export const dynamic = 'force-static'
export const dynamicParams = false

export async function generateStaticParams() {
  return publicStoryFiles('json')
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const story = await publicStoryOfFile((await params).file, 'json')
  if (!story) return notFound('timeline')
  return Response.json(buildTimelineDocument(story.timeline, siteUrl()))
}
