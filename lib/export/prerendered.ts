/**
 * Where `next build` leaves a prerendered route's answer in its build folder (`server/app`): a page as
 * `<route>.html` (the index as `index.html`), a route handler's body as `<route>.body` with its status and
 * headers in `<route>.meta`. The production server sends these files as they are (an export compared byte for
 * byte), so the export reads them instead of asking the server for each.
 */
export interface BuiltFiles {
  html: string
  body: string
  meta: string
}

/** The files of a route of the prerender manifest (decoded, as the manifest names it), relative to `server/app`. */
export function builtFiles(route: string): BuiltFiles {
  const base = route === '/' ? 'index' : route.replace(/^\//, '')
  return { html: `${base}.html`, body: `${base}.body`, meta: `${base}.meta` }
}

/** What a `.meta` file says of the answer: a page's has no status (200) and no content type (HTML). */
export interface BuiltMeta {
  status?: number
  headers?: Record<string, string>
}
