import { keptTimeline } from '@/lib/content/load.server'
import { oembedResponse, positiveInt, slugFromUrl } from '@/lib/embed/oembed'
import { siteUrl } from '@/lib/site'

/**
 * oEmbed endpoint (oembed.com §2.2–2.3): `?url=<timeline page>&maxwidth=&maxheight=&format=json`.
 * Unknown URLs answer 404; XML is not offered, so `format=xml` answers 501 as the spec allows.
 * Only URLs on the configured origin name a timeline, and the answer's links use that origin alone:
 * the request's Host and X-Forwarded-* headers are never read (they can be forged, and the answer is cached).
 */
// Answers depend on the query string: never prerendered.
export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const format = params.get('format') || 'json'
  if (format !== 'json') return new Response('Not implemented: only format=json is offered', { status: 501 })
  const origin = siteUrl()
  const url = params.get('url')
  const slug = url ? slugFromUrl(url, origin) : null
  const story = slug ? await keptTimeline(slug) : null
  if (!url || !slug || !story) return Response.json({ error: 'no timeline at that url' }, { status: 404 })
  const maxwidth = positiveInt(params.get('maxwidth'))
  const maxheight = positiveInt(params.get('maxheight'))
  const body = oembedResponse(slug, story.timeline.meta.title, origin, { url, ...(maxwidth ? { maxwidth } : {}), ...(maxheight ? { maxheight } : {}) })
  return Response.json(body, { headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' } })
}
