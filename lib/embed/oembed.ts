/**
 * oEmbed (https://oembed.com, section 2.3): a consumer asks for a timeline page
 * URL and gets a "rich" response whose html is our iframe embed.
 */
export interface OEmbedRich {
  version: '1.0'
  type: 'rich'
  title: string
  provider_name: string
  provider_url: string
  html: string
  width: number
  height: number
  thumbnail_url?: string
  thumbnail_width?: number
  thumbnail_height?: number
}

export interface OEmbedRequest {
  url: string
  maxwidth?: number
  maxheight?: number
}

/** Default frame size: wide enough for the horizontal timeline, tall enough for its first screen. */
export const EMBED_SIZE = { width: 1120, height: 720, minWidth: 280 }

/** The slug a URL of ours names (`/timelines/slug` or `/embed/slug`), or null. Host must be ours. */
export function slugFromUrl(url: string, origin: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  if (u.origin !== new URL(origin).origin) return null
  const m = /^\/(?:timelines|embed)\/([a-z0-9][a-z0-9-]*)\/?$/.exec(u.pathname)
  return m ? m[1]! : null
}

/** Reads a positive integer parameter; anything else is "not given". */
export function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,5}$/.test(value)) return undefined
  const n = Number(value)
  return n > 0 ? n : undefined
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The rich response for one timeline, sized within maxwidth and maxheight as the spec requires. */
export function oembedResponse(slug: string, title: string, origin: string, request: OEmbedRequest): OEmbedRich {
  const width = Math.max(EMBED_SIZE.minWidth, Math.min(EMBED_SIZE.width, request.maxwidth ?? EMBED_SIZE.width))
  const height = Math.max(200, Math.min(EMBED_SIZE.height, request.maxheight ?? EMBED_SIZE.height))
  const src = `${origin}/embed/${slug}`
  const html = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`Timeline: ${title}`)}" width="${width}" height="${height}" style="border:0;width:100%;max-width:${width}px" loading="lazy" allow="clipboard-write" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  const thumb = Math.min(width, 1200)
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Dateline',
    provider_url: `${origin}/`,
    html,
    width,
    height,
    thumbnail_url: `${origin}/timelines/${slug}/opengraph-image`,
    thumbnail_width: thumb,
    thumbnail_height: Math.round(thumb * 0.525),
  }
}
