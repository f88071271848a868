/**
 * Same-origin URL paths an exported document refers to, so the export can fetch what no list names
 * (an icon's hashed URL, a social card) and check that every link it writes resolves.
 */
import { sameOriginUrl } from '../same-origin'

const ATTRIBUTE = /\s(?:href|src|poster|action)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
/** `<meta content>` holds URLs only for some properties (og:image, twitter:image…): absolute ones are taken, nothing else. */
const META_URL = /\scontent\s*=\s*"(https?:\/\/[^"]*)"/gi
const SRCSET = /\ssrcset\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/gi
const XML_LOC = /<(?:loc|link|id|uri|url)>\s*([^<\s]+)\s*<\/(?:loc|link|id|uri|url)>|\shref="([^"]+)"/gi

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' }
const unescape = (text: string) => text.replace(/&(?:amp|quot|#39|#x27|lt|gt);/g, (e) => ENTITIES[e]!)

/** The path (no query, no fragment) of `ref` when it is on `origin`, resolved against `base`; null otherwise. */
export function sameOriginPath(ref: string, base: string, origin: string): string | null {
  const text = unescape(ref.trim())
  if (!text || text.startsWith('#') || /^(?:data|mailto|javascript|blob|tel):/i.test(text)) return null
  const url = sameOriginUrl(text, base, origin)
  if (!url) return null
  try {
    // A path that would not decode is no file of ours; the server answers it 400.
    decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  return url.pathname
}

function collect(text: string, patterns: RegExp[], base: string, origin: string, split = false): string[] {
  const found = new Set<string>()
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const value = m.slice(1).find((g) => g !== undefined) ?? ''
      const refs = split ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value]
      for (const ref of refs) {
        const p = sameOriginPath(ref, base, origin)
        if (p) found.add(p)
      }
    }
  }
  return [...found]
}

/** Paths an HTML document at `base` refers to: links, scripts, images, `srcset`, `<meta content>` URLs and inline `url()`. */
export function htmlLinks(html: string, base: string, origin: string): string[] {
  return [...new Set([...collect(html, [ATTRIBUTE, META_URL, CSS_URL], base, origin), ...collect(html, [SRCSET], base, origin, true)])]
}

/** Paths a stylesheet at `base` refers to with `url()`. */
export function cssLinks(css: string, base: string, origin: string): string[] {
  return collect(css, [CSS_URL], base, origin)
}

/** Paths a sitemap or feed names (`<loc>`, `<link>`, `href="…"`). */
export function xmlLinks(xml: string, origin: string): string[] {
  return collect(xml, [XML_LOC], `${origin}/`, origin)
}
