import { getPublicTimeline } from '@/lib/content/published.server'
import { siteUrl } from '@/lib/site'
import { exportTimelineJs } from '@/lib/timelinejs/export'
import { storiesToRender } from '@/lib/export/render-only.server'

/**
 * `/api/timelines/<slug>/timelinejs.json`: the story as TimelineJS JSON, built
 * once per story at build time (Next 16 route handlers with
 * `generateStaticParams`, node_modules/next/dist/docs/…/route.md, "Static
 * Generation with generateStaticParams").
 */
export const dynamic = 'force-static'
export const dynamicParams = false

export async function generateStaticParams() {
  return (await storiesToRender()).map((slug) => ({ slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const timeline = await getPublicTimeline(slug)
  if (!timeline) return Response.json({ error: `no timeline "${slug}"` }, { status: 404 })
  return Response.json(exportTimelineJs(timeline, { siteUrl: siteUrl() }), {
    // TimelineJS fetches its data from the embedding page, which is on another origin.
    headers: { 'Access-Control-Allow-Origin': '*' },
  })
}
