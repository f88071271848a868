/**
 * oEmbed (https://oembed.com, section 2.3): a consumer asks for a timeline page
 * URL and gets a "rich" response whose html is our iframe embed.
 */
import { slugOfPath } from '../content/slug'
import { storyUrl, widgetPath } from '../urls'

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
export const EMBED_SIZE = { width: 1120, height: 720 }

/** The story's social card (app/timelines/[slug]/opengraph-image.tsx), also oEmbed's thumbnail. */
export const CARD_SIZE = { width: 1200, height: 630 }
/** What the social card shows, for readers who cannot see it. */
export const CARD_ALT = 'Dateline timeline'

/** The slug a URL of ours names (`/timelines/slug` or `/embed/slug`), or null. Host must be ours. */
export function slugFromUrl(url: string, origin: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  if (u.origin !== new URL(origin).origin) return null
  return slugOfPath(u.pathname) ?? null
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

/**
 * The rich response for one timeline, sized within maxwidth and maxheight: the spec says providers must
 * respect them, however small (the widget lays itself out for any width and scrolls within its height).
 */
export function oembedResponse(slug: string, title: string, origin: string, request: OEmbedRequest): OEmbedRich {
  const width = Math.min(EMBED_SIZE.width, request.maxwidth ?? EMBED_SIZE.width)
  const height = Math.min(EMBED_SIZE.height, request.maxheight ?? EMBED_SIZE.height)
  const src = `${origin}${widgetPath(slug)}`
  const html = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`Timeline: ${title}`)}" width="${width}" height="${height}" style="border:0;width:100%;max-width:${width}px" loading="lazy" allow="clipboard-write" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Dateline',
    provider_url: `${origin}/`,
    html,
    width,
    height,
    thumbnail_url: `${storyUrl(origin, slug)}/opengraph-image`,
    // The image's own size: a thumbnail is not scaled to the frame, and a consumer sizes it from these.
    thumbnail_width: CARD_SIZE.width,
    thumbnail_height: CARD_SIZE.height,
  }
}
