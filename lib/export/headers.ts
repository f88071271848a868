/**
 * The response headers of a static export, per file: what the Node server sends for the same path
 * (scripts/security-headers.mjs rules, each page's Content-Security-Policy from the build manifest),
 * plus the cache policy of its kind. Written out as `_headers` (Netlify, Cloudflare Pages) by scripts/export.ts;
 * docs/deploying.md gives the same for S3 + CloudFront and Nginx.
 */

import { IMMUTABLE, ruleHeaders, sourcePattern } from '../../scripts/security-headers.mjs'

export { ruleHeaders, sourcePattern }

/** Cache policies by kind of file (docs/deploying.md, "Cache headers"). */
export const CACHE_CONTROL = {
  /** Names carry a hash of the content: a changed file is a new URL. */
  immutable: IMMUTABLE,
  /** Pages: browsers revalidate each time (cheap 304s from the edge); edges keep them 5 minutes and may serve a stale copy while refetching. */
  page: 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
  /** Widgets are loaded by every reader of every article that embeds them: 5 minutes in browsers too, as the Node server sends. */
  widget: 'public, max-age=300, stale-while-revalidate=3600',
  /** Feeds, calendars, the JSON API, oEmbed, sitemap, robots.txt: polled by machines; 5 minutes. */
  data: 'public, max-age=300, stale-while-revalidate=3600',
  /** `/embed.js` is at a stable address on other sites' pages: an hour. */
  loader: 'public, max-age=3600, stale-while-revalidate=86400',
  /** Social cards and other unhashed images. */
  image: 'public, max-age=86400, stale-while-revalidate=604800',
  /** The 404 page. */
  notFound: 'public, max-age=60',
} as const

export type CacheKind = keyof typeof CACHE_CONTROL

/** The kind of an exported file, by its URL path and whether it is a document. */
export function cacheKind(urlPath: string, html: boolean): CacheKind {
  if (urlPath.startsWith('/_next/static/') || urlPath.startsWith('/embed-assets/')) return 'immutable'
  if (urlPath === '/404.html') return 'notFound'
  if (urlPath === '/embed.js') return 'loader'
  if (html) return urlPath.startsWith('/embed/') ? 'widget' : 'page'
  if (/\.(?:png|jpe?g|gif|webp|avif|svg|ico)$/i.test(urlPath) || urlPath.endsWith('/opengraph-image')) return 'image'
  return 'data'
}

/** One block of a `_headers` file: the path, then its headers indented (Netlify and Cloudflare Pages format). */
export interface HeaderBlock {
  path: string
  headers: Map<string, string>
}

/**
 * The `_headers` text. Hosts join the values of every block that matches a path, so each path must be matched by
 * exactly one block: callers give concrete paths, and wildcards (`/_next/static/*`) only for folders no other block reaches.
 */
export function headersFile(blocks: readonly HeaderBlock[]): string {
  return blocks.map((b) => [b.path, ...[...b.headers].map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n') + '\n'
}

/** Reads a `_headers` file back: each path's headers (wildcard paths as written, `/_next/static/*`). For tests and checks. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const blocks = new Map<string, Map<string, string>>()
  let current: Map<string, string> | undefined
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) blocks.set(line.trim(), (current = new Map()))
    else if (current && /^\s+[\w-]+:/.test(line)) {
      const at = line.indexOf(':')
      current.set(line.slice(0, at).trim(), line.slice(at + 1).trim())
    }
  }
  return blocks
}

/** The headers `_headers` gives a path: its own block, else the first wildcard block (`/x/*`) whose prefix it starts with. */
export function headersForPath(blocks: Map<string, Map<string, string>>, urlPath: string): Map<string, string> | undefined {
  const own = blocks.get(urlPath)
  if (own) return own
  for (const [pattern, headers] of blocks) if (pattern.endsWith('/*') && urlPath.startsWith(pattern.slice(0, -1))) return headers
  return undefined
}
