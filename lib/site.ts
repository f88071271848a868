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

/**
 * The language the site's own pages speak (the index, tag pages, 404 and error pages, the header and
 * footer, the site-wide feeds): DATELINE_SITE_LANGUAGE, a BCP 47 tag, `en` when unset. A story speaks
 * its own `language` on its page and in its widget; this is for what belongs to no one story. Read at
 * build time, like DATELINE_SITE_URL: static pages are written then.
 *
 * @throws when the variable is set to something that is not a language tag, so a build stops with why
 */
export function siteLanguage(env: Record<string, string | undefined> = process.env): string {
  const written = env.DATELINE_SITE_LANGUAGE?.trim()
  if (!written) return 'en'
  let canonical: string | undefined
  try {
    canonical = Intl.getCanonicalLocales(written)[0]
  } catch {
    canonical = undefined
  }
  if (!canonical) throw new Error(`DATELINE_SITE_LANGUAGE must be a BCP 47 language tag such as en, es-MX or ar (found ${JSON.stringify(written)})`)
  return canonical
}

/** Stories on each page of the index when DATELINE_INDEX_PAGE_SIZE is unset (lib/content/index-pages.ts). */
export const INDEX_PAGE_SIZE = 30

/**
 * How many stories each page of the index lists, latest first: DATELINE_INDEX_PAGE_SIZE, a whole number from 1 to
 * 1,000, else {@link INDEX_PAGE_SIZE}. Read at build time, like the site's language.
 *
 * @throws when the variable is set to anything else, so a build stops with why
 */
export function indexPageSize(env: Record<string, string | undefined> = process.env): number {
  const written = env.DATELINE_INDEX_PAGE_SIZE?.trim()
  if (!written) return INDEX_PAGE_SIZE
  const n = /^[1-9][0-9]{0,3}$/.test(written) ? Number(written) : NaN
  if (!(n <= 1_000)) throw new Error(`DATELINE_INDEX_PAGE_SIZE must be a whole number of stories from 1 to 1000 (found ${JSON.stringify(written)})`)
  return n
}
