import { keptTimeline } from '@/lib/content/load.server'
import { loadRenderer } from '@/lib/embed/built-widget.server'
import { servedView } from '@/lib/embed/served-views'
import { readViewQuery, type ViewAnswer } from '@/lib/embed/view-query'
import { keptWidget, servesViews, widgetKey } from '@/lib/embed/view-plans.server'
import { widgetFor, widgetOptions } from '@/lib/embed/widget-for-query'
import { siteUrl } from '@/lib/site'
import { storyUrl } from '@/lib/urls'

/**
 * One zoomed view of a widget's drawing, `/embed/<slug>/view?<the widget's options>&view=h&k=2&x=-300`
 * (lib/embed/served-views.ts): laid out here from the plan kept for that widget, rendered by the widget's
 * renderer, and sent as JSON ({@link ViewAnswer}). The widget's script asks for each view its zoom comes to.
 */
export const dynamic = 'force-dynamic'

const json = (body: unknown, status = 200, cache = 'public, max-age=300, stale-while-revalidate=3600') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': cache } })

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  if (!servesViews()) return json({ error: 'This site is a static export: its widgets lay out their views themselves.' }, 404, 'no-store')
  const story = await keptTimeline(slug)
  // The slug is not echoed: whatever was asked for stays out of the answer.
  if (!story) return json({ error: 'There is no timeline by that name.' }, 404, 'no-store')
  const { timeline } = story
  const { searchParams } = new URL(request.url)
  const query = readViewQuery(searchParams)
  if ('error' in query) return json(query, 400, 'no-store')

  const origin = siteUrl()
  const options = widgetOptions(timeline, searchParams)
  const { model, plans } = keptWidget(widgetKey(timeline.slug, story.version, origin, options), () => widgetFor(timeline, options, storyUrl(origin, timeline.slug)).model)
  const view = servedView(plans, query)
  const { renderDrawing } = await loadRenderer()
  const answer: ViewAnswer = {
    orientation: view.orientation,
    k: view.k,
    x: view.x,
    ...(view.about !== undefined ? { about: view.about } : {}),
    width: view.layout.width,
    height: Math.ceil(view.layout.height),
    events: view.layout.events.length,
    markup: renderDrawing(model.viewer, view.layout),
  }
  return json(answer)
}
