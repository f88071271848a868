/**
 * Where a static export puts what the Node server answers at a URL path, so that a plain file server
 * (one that knows nothing of Next: `python3 -m http.server`, S3, Nginx's `try_files`) answers the same path:
 * a document becomes `<path>/index.html` (served at `<path>/`, to which such servers redirect `<path>`),
 * anything else is written at its own path.
 */

/** True for a response body that is an HTML document. */
export const isHtml = (contentType: string | null | undefined) => /^text\/html\b/i.test(contentType ?? '')

/**
 * The file under the export's root for a URL path and the media type it was answered with.
 * `/` → `index.html`; `/timelines/x` (HTML) → `timelines/x/index.html`; `/feed.xml` → `feed.xml`;
 * `/timelines/x/opengraph-image` (PNG) → `timelines/x/opengraph-image`. Null for a path that cannot be
 * a file safely (`..`, empty or dot segments, a trailing slash on a non-document).
 */
export function exportFile(urlPath: string, contentType: string | null | undefined): string | null {
  if (!urlPath.startsWith('/')) return null
  const segments = urlPath.slice(1).split('/')
  const directory = segments.at(-1) === ''
  if (directory) segments.pop()
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\'))) return null
  if (isHtml(contentType)) return [...segments, 'index.html'].join('/')
  if (directory || segments.length === 0) return null
  return segments.join('/')
}

/**
 * The URL paths a file of the export answers on a host with directory indexes: `timelines/x/index.html` →
 * `/timelines/x` and `/timelines/x/`; `index.html` → `/`; any other file → its own path.
 */
export function servedPaths(file: string): string[] {
  if (file === 'index.html') return ['/']
  const m = /^(.*)\/index\.html$/.exec(file)
  return m ? [`/${m[1]}`, `/${m[1]}/`] : [`/${file}`]
}

/**
 * A path as URLs carry it, percent-encoded (`/tags/human rights` → `/tags/human%20rights`); an encoded path stays as it is.
 * Next's prerender manifest names routes decoded, documents link to them encoded: the export keys both the same way.
 */
export const encodedPath = (urlPath: string) => new URL(urlPath, 'http://x').pathname
