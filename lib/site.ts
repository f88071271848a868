import { siteOrigin } from '../scripts/site-origin.mjs'

/**
 * The site's public origin, for links that must be absolute (canonical, oEmbed, the widget's links,
 * exports): DATELINE_SITE_URL, or the address `npm start` serves (scripts/site-origin.mjs). Read when
 * called, never from a request's headers. Static pages call it at build time; `next start` refuses to
 * serve a build made for another origin (next.config.js), so both always agree.
 */
export function siteUrl(): string {
  return siteOrigin(process.env)
}
