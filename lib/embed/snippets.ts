/**
 * Addresses and copy-paste code for embedding a timeline. Kept free of zod and the date
 * parser so that /embed.js and the embed dialog can bundle it cheaply; the widget itself
 * validates every parameter again (lib/embed/options.ts).
 */
import { sameOriginUrl } from '../same-origin'
import { slugInUrl, slugOfPath } from '../content/slug'
import { widgetPath } from '../urls'

/** URL parameters of the widget, in the order snippets write them. */
export const EMBED_PARAMS = ['theme', 'start', 'from', 'to', 'tags', 'quotes', 'header', 'lang', 'hosthash'] as const

/** Default frame height before the widget reports its own (auto-height). */
export const INITIAL_HEIGHT = 480

/** The widget's address for a slug and raw parameters; unknown names and empty values are left out. */
export function widgetUrl(origin: string, slug: string, params: Partial<Record<string, string>> = {}, hash?: string): string {
  const query = new URLSearchParams()
  for (const name of EMBED_PARAMS) {
    const value = params[name]?.trim()
    if (value) query.set(name, value)
  }
  const q = query.toString()
  return `${origin}${widgetPath(slug)}${q ? `?${q}` : ''}${hash ? `#${slugInUrl(hash)}` : ''}`
}

/** The slug of a story or widget address on `origin` (`/timelines/slug`, `/embed/slug`), or null. */
export function slugOfUrl(href: string, origin: string): string | null {
  const url = sameOriginUrl(href, origin, origin)
  if (!url) return null
  return slugOfPath(url.pathname) ?? null
}

function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The iframe form: works in any CMS that accepts an iframe; fixed initial height, no script needed. */
export function iframeSnippet(origin: string, slug: string, title: string, params: Partial<Record<string, string>> = {}): string {
  return `<iframe src="${attr(widgetUrl(origin, slug, params))}" title="${attr(`Timeline: ${title}`)}" width="100%" height="${INITIAL_HEIGHT}" style="border:0;width:100%;max-width:1400px;min-width:280px" loading="lazy"></iframe>`
}

/**
 * The script form: /embed.js turns the div into a frame that sizes itself and (opt-in) shares the hash.
 * With a title, the frame gets a name for screen readers (`data-title`).
 */
export function scriptSnippet(origin: string, slug: string, params: Partial<Record<string, string>> = {}, title?: string): string {
  const data = EMBED_PARAMS.flatMap((name) => {
    const value = params[name]?.trim()
    return value ? [` data-${name}="${attr(value)}"`] : []
  }).join('')
  const named = title ? ` data-title="${attr(title)}"` : ''
  return `<div data-dateline="${attr(slug)}"${named}${data}></div>\n<script src="${attr(origin)}/embed.js" async></script>`
}
