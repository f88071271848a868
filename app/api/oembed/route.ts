import { getTimeline } from '@/lib/content/load.server'
import { oembedResponse, positiveInt, slugFromUrl } from '@/lib/embed/oembed'
import { SITE_URL } from '@/lib/site'

/**
 * oEmbed endpoint (oembed.com §2.2–2.3): `?url=<timeline page>&maxwidth=&maxheight=&format=json`.
 * Unknown URLs answer 404; XML is not offered, so `format=xml` answers 501 as the spec allows.
 */
// Answers depend on the query string: never prerendered.
export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const format = params.get('format') ?? 'json'
  if (format !== 'json') return new Response('Not implemented: only format=json is offered', { status: 501 })
  // request.url names the address the server bound to; the Host header names the one the consumer used.
  const host = request.headers.get('host')
  const proto = request.headers.get('x-forwarded-proto') ?? 'http'
  const origins = [SITE_URL, ...(host ? [`${proto}://${host}`] : [])]
  const url = params.get('url')
  const origin = url ? origins.find((o) => slugFromUrl(url, o) !== null) : undefined
  const slug = url && origin ? slugFromUrl(url, origin) : null
  const timeline = slug ? await getTimeline(slug) : null
  if (!slug || !timeline || !origin) return Response.json({ error: 'no timeline at that url' }, { status: 404 })
  const maxwidth = positiveInt(params.get('maxwidth'))
  const maxheight = positiveInt(params.get('maxheight'))
  const body = oembedResponse(slug, timeline.meta.title, origin!, { url: url!, ...(maxwidth ? { maxwidth } : {}), ...(maxheight ? { maxheight } : {}) })
  return Response.json(body, { headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' } })
}
