// @ts-check
/**
 * What the production server (scripts/serve.mjs) refuses before Next sees a request, because Next fails on
 * it with a plain-text 500 before any of the site's code runs: a method its request objects cannot carry
 * (TRACE, CONNECT, TRACK…) and a path whose percent-escapes do not decode (`/timelines/%zz`).
 */

/** The site is read-only in production: no route takes anything but these. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS']

/**
 * @param {string | undefined} method
 * @param {string | undefined} url the request target as sent (`/path?query`)
 * @returns {{ status: 400 | 405, message: string } | null} null when the request may go on
 */
export function refusal(method, url) {
  if (!method || !ALLOWED_METHODS.includes(method)) return { status: 405, message: `Method ${String(method).slice(0, 20)} is not allowed: this site answers ${ALLOWED_METHODS.join(', ')}.\n` }
  const path = (url ?? '/').replace(/[?#].*$/s, '')
  try {
    decodeURIComponent(path)
  } catch {
    return { status: 400, message: 'Bad request: the path has a malformed percent-escape.\n' }
  }
  return null
}
