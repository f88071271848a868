import { keptTimeline } from '@/lib/content/load.server'
import { loadManifest, loadRenderer } from '@/lib/embed/built-widget.server'
import { viewFrames } from '@/lib/embed/served-views'
import { keptWidget, servesViews, viewsPath, widgetKey } from '@/lib/embed/view-plans.server'
import { escapeHtml, widgetDocument } from '@/lib/embed/document'
import { namesEmbedOption } from '@/lib/embed/option-names'
import { serializeEmbedOptions } from '@/lib/embed/options'
import { widgetFor, widgetOptions } from '@/lib/embed/widget-for-query'
import type { WidgetModel } from '@/lib/embed/widget-model'
import { fill } from '@/lib/i18n/plural'
import { siteUrl } from '@/lib/site'
import { storyUrl } from '@/lib/urls'

/**
 * The embeddable widget, `/embed/<slug>?theme=…&start=…` (docs/embedding.md): a whole HTML
 * document rendered here, without Next's page runtime, so one widget weighs tens of kilobytes
 * rather than hundreds. The markup comes from the same React components as the story page
 * (components/embed/render-widget.tsx, prebuilt by scripts/build-embed.mjs), and works
 * with JavaScript off; its small script hydrates it with Preact.
 */
// Options come from the query string, so each answer is rendered on request (and cached by browsers and CDNs).
export const dynamic = 'force-dynamic'

// Rendered documents by story version, origin and normalised options: hostile or junk queries normalise
// to the defaults, so this holds at most a few entries per story in practice; bounded all the same.
const pages = new Map<string, string>()
const MAX_PAGES = 200

function remember(key: string, html: string) {
  if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value!)
  pages.set(key, html)
}

function notFound(slug: string): Response {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>No such timeline</title><p>There is no timeline called “${escapeHtml(slug.slice(0, 80))}”.</p></html>`
  return new Response(html, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const story = await keptTimeline(slug)
  if (!story) return notFound(slug)
  const { timeline } = story

  // The configured origin, never the request's Host or X-Forwarded-* (anyone can forge those, and a cache would keep the result).
  const origin = siteUrl()
  const { search, searchParams } = new URL(request.url)
  const options = widgetOptions(timeline, searchParams)
  // A URL that names no option gets the document a static export serves for every query string: the browser
  // applies the options of the URL it finds itself at (components/embed/widget-client.ts), here none.
  const forAnyQuery = !namesEmbedOption(search)
  const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600' }
  const key = `${timeline.slug}\n${story.version}\n${origin}\n${forAnyQuery}\n${serializeEmbedOptions(options)}`
  const cached = pages.get(key)
  if (cached) return new Response(cached, { headers })

  const widget = widgetFor(timeline, options, storyUrl(origin, timeline.slug))
  // Zoomed views are laid out here and asked for by the widget's script (lib/embed/served-views.ts), except in a static export.
  const views = servesViews() ? { path: viewsPath(timeline.slug), frames: viewFrames(keptWidget(widgetKey(timeline.slug, story.version, origin, options), () => widget.model).plans) } : undefined
  const model: WidgetModel = { ...widget.model, ...(views ? { views } : {}), ...(forAnyQuery ? { optionsInBrowser: true as const } : {}) }
  const [{ renderWidget }, assets] = await Promise.all([loadRenderer(), loadManifest()])
  const html = widgetDocument({
    lang: widget.lang,
    dir: model.dir,
    theme: widget.theme,
    title: fill(model.words.documentTitle, { title: timeline.meta.title }),
    body: await renderWidget(model),
    props: model,
    cssHref: assets.css,
    scriptSrc: views ? assets.script : assets.staticScript,
  })
  remember(key, html)
  return new Response(html, { headers })
}
