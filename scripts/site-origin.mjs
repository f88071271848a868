// @ts-check
/**
 * The site's public origin: the one place every absolute URL the site writes comes from (canonical
 * links, oEmbed, the widget's links, the TimelineJS export). Never the request's Host or
 * X-Forwarded-* headers, which any client can forge.
 *
 * Set by DATELINE_SITE_URL; without it, the address `npm start` serves: http://localhost:$PORT.
 * Read by next.config.js (so `next dev`, `next build` and `next start` refuse a bad value at start-up),
 * by scripts/start.mjs and scripts/build.mjs, and by the server code through lib/site.ts.
 * Plain JavaScript because next.config.js and the start script run in Node without a TypeScript loader.
 */

/**
 * The origin, or the process ends with what is wrong: for the command-line scripts.
 * @param {string} doing what the script cannot do without it ("build", "start")
 */
export function siteOriginOrExit(doing, env = process.env) {
  try {
    return siteOrigin(env)
  } catch (error) {
    console.error(`Cannot ${doing}: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {string} an origin such as `https://news.example` (scheme, host and port; no path, no slash)
 */
export function siteOrigin(env = process.env) {
  const raw = env.DATELINE_SITE_URL?.trim()
  if (!raw) {
    const port = env.PORT?.trim() || '3000'
    if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
      throw new Error(`PORT must be a port number from 1 to 65535, found "${env.PORT}".`)
    }
    return `http://localhost:${Number(port)}`
  }
  const problem = (what) =>
    new Error(`DATELINE_SITE_URL must be the site's public origin, such as https://news.example or http://localhost:3000: ${what} (found "${raw}").`)
  let url
  try {
    url = new URL(raw)
  } catch {
    throw problem('it is not an absolute URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw problem(`its scheme must be http or https, not ${url.protocol.replace(/:$/, '')}`)
  if (url.username || url.password) throw problem('it must not carry a user name or password')
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(raw)) throw problem('it must not have a path, query or fragment (the site is served from the root of its origin)')
  return url.origin
}
