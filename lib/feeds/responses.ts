/**
 * The HTTP side of the open-data routes: file names in URLs and the media types answered.
 * The headers that protect them (CSP, CORP, CORS) are set by route kind in scripts/security-headers.mjs.
 */
import { slugFromSegment } from '../content/slug'

/** `lavrov.ics` → `lavrov` (and `%D0%BE….ics` → `о…`), for routes whose last segment is `<slug>.<ext>`; null for anything else. */
export function slugOfFile(file: string, ext: string): string | null {
  const m = /^(.+)\.([a-z]+)$/.exec(file)
  return m && m[2] === ext ? (slugFromSegment(m[1]!) ?? null) : null
}

/** `{ file: '<slug>.<ext>' }` params for `generateStaticParams`. */
export const fileParams = (slugs: readonly string[], ext: string) => slugs.map((slug) => ({ file: `${slug}.${ext}` }))

/** A text body with its media type (RFC 6838); XML and calendars say their charset, as RFC 5545 §8.1 asks of text/calendar. */
export function typed(body: string, type: string): Response {
  const charset = type.startsWith('application/json') || type.endsWith('+json') ? '' : '; charset=utf-8'
  return new Response(body, { headers: { 'Content-Type': `${type}${charset}` } })
}

export const notFound = (what: string) => Response.json({ error: `no ${what}` }, { status: 404 })
