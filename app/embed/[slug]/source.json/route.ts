import { getPublicTimeline } from '@/lib/content/published.server'
import { notFound } from '@/lib/feeds/responses'
import { widgetSource } from '@/lib/embed/widget-model'
import { storiesToRender } from '@/lib/export/render-only.server'

/**
 * `/embed/<slug>/source.json`: what the widget is drawn from (events and quotes, no article), written at
 * build time. A static export serves one widget document for every query string; its script fetches this
 * to apply the URL's options in the browser (components/embed/browser-options.ts).
 */
export const dynamic = 'force-static'
export const dynamicParams = false

export async function generateStaticParams() {
  return (await storiesToRender()).map((slug) => ({ slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const timeline = await getPublicTimeline((await params).slug)
  if (!timeline) return notFound('timeline')
  return Response.json(widgetSource(timeline))
}
