import path from 'node:path'
import { NextResponse, type NextRequest } from 'next/server'
import { distDirOf, readBuildManifest, type BuildManifest } from './scripts/build-manifest.mjs'
import { pageCsp } from './scripts/security-headers.mjs'
import { siteOrigin } from './scripts/site-origin.mjs'

/**
 * Runs before every route but Next's hashed assets and the widget's (scripts/serve.mjs has already refused
 * methods and paths Next cannot handle):
 * - gives each page its Content-Security-Policy: scripts from this origin and, by hash, the inline scripts
 *   of that page alone (recorded at build time by scripts/build.mjs), so pages stay static;
 * - in a production build, answers a story or tag URL of no prerendered page with the prebuilt 404 page,
 *   so a made-up slug or tag is never rendered, cached for a year or written to the server's cache.
 */
const dev = process.env.NODE_ENV !== 'production'
/** Routes whose policy next.config.js sets (scripts/security-headers.mjs): not pages. */
const NOT_PAGES = /^\/(?:embed\/|embed\.js$|api\/|oembed\/|_next\/|icon\.svg$|timelines\/[^/]+\/(?:opengraph-image$|details\/)|calendars\/|(?:feed\.xml|atom\.xml|feed\.json|search\.json|sitemap\.xml|robots\.txt)$)/
/**
 * A story's page (its first or a later one) or card, a tag's page (its first or a later one), or a later page of the index: a build has them for its own stories and tags only (dynamicParams
 * stays true for `next dev`). The page's path is the first group.
 */
const PRERENDERED_ONLY = /^(\/(?:timelines|tags)\/[^/]+(?:\/page\/[^/]+)?|\/page\/[^/]+)(?:\/opengraph-image)?\/?$/
/** No route answers this path, so Next serves its prebuilt 404 page: not rendered, not cached, nothing written. */
const NOWHERE = '/_dateline/not-found'

let manifest: BuildManifest | undefined
const built = (): BuildManifest => (manifest ??= readBuildManifest(path.resolve(distDirOf(process.env))) ?? { origin: '', scripts: {} })

function inlineScripts(pathname: string): readonly string[] {
  const { scripts } = built()
  // A path no page was prerendered for is answered by the not-found page (or, if rendering failed, the error page).
  return scripts[pathname] ?? [...new Set([...(scripts['/_not-found'] ?? []), ...(scripts['/_global-error'] ?? [])])]
}

/** The path as the build manifest names pages: decoded (`/tags/россия`), or null when it does not decode. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return null
  }
}

export function proxy(request: NextRequest) {
  const raw = request.nextUrl.pathname
  const pathname = decodedPath(raw) ?? raw
  // Matched before decoding, so an escaped slash (`/tags/a%2Fb`) stays in its segment and names no page.
  const page = dev ? null : PRERENDERED_ONLY.exec(raw)
  const unknownPage = page !== null && !Object.hasOwn(built().scripts, decodedPath(page[1]!) ?? '')
  if (NOT_PAGES.test(raw) && !unknownPage) return NextResponse.next()
  const response = unknownPage ? NextResponse.rewrite(new URL(NOWHERE, request.url)) : NextResponse.next()
  response.headers.set('Content-Security-Policy', pageCsp({ scriptHashes: inlineScripts(pathname), https: siteOrigin(process.env).startsWith('https:'), dev }))
  return response
}

export const config = {
  matcher: ['/((?!_next/static/|embed-assets/).*)'],
}
