/**
 * A slide's media: an event's own image when it can be one honestly, else a
 * Markdown image or link in the text with its caption and credit under it.
 * What does not fit (thumbnails, link targets, embedded HTML) is named in a
 * warning.
 */
import { escapeMarkdown, htmlToInlineMarkdown, htmlToMarkdown, htmlToText, isSafeUrl, markdownImage, markdownLink } from './html-to-markdown'
import type { TimelineJsMedia } from './schema'
import type { Draft } from './write-story'

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$/i

function isImageUrl(url: string): boolean {
  try {
    return IMAGE.test(new URL(url, 'https://example.invalid/').pathname)
  } catch {
    return IMAGE.test(url.split(/[?#]/)[0] ?? '')
  }
}

/** The media as a Markdown image or link, with its caption and credit under it. */
export function mediaBlocks(media: TimelineJsMedia | undefined, label: string, warnings: string[]): string[] {
  if (!media) return []
  const out: string[] = []
  const url = media.url?.trim()
  if (url && url.startsWith('<')) {
    const embedded = htmlToMarkdown(url)
    warnings.push(`${label}: media is embedded HTML; only its text is kept${embedded.markdown ? '' : ' (it had none)'}`)
    if (embedded.markdown) out.push(embedded.markdown)
  } else if (url && !isSafeUrl(url)) {
    warnings.push(`${label}: media URL "${url}" not carried (only http, https and mailto links are)`)
  } else if (url) {
    const link = media.link?.trim()
    if (isImageUrl(url)) {
      const alt = htmlToText(media.alt ?? '') || htmlToText(media.title ?? '') || htmlToText(media.caption ?? '')
      const image = markdownImage(alt, url)
      out.push(link && isSafeUrl(link) ? markdownLink(image, link) : image)
    } else {
      out.push(markdownLink(escapeMarkdown(htmlToText(media.title ?? '') || url), url))
      if (link) warnings.push(`${label}: media link not carried (Dateline links only images)`)
    }
  }
  if (media.link_target) warnings.push(`${label}: media link_target "${media.link_target}" not carried`)
  const caption = htmlToInlineMarkdown(media.caption ?? '')
  const credit = htmlToInlineMarkdown(media.credit ?? '')
  const lines = [caption.markdown, credit.markdown ? `Credit: ${credit.markdown}` : ''].filter(Boolean)
  // A hard line break (CommonMark 6.7) keeps caption and credit on their own lines under the media.
  if (lines.length) out.push(lines.join('\\\n'))
  for (const name of [...caption.dropped, ...credit.dropped]) warnings.push(`${label}: <${name}> in the media caption or credit not carried`)
  if (media.thumbnail) warnings.push(`${label}: media thumbnail not carried (Dateline makes its own from the image)`)
  return out
}

/**
 * An event's image becomes its `image`, `alt` and `credit` props when all
 * three can be filled honestly: an https (or site-relative) picture, words
 * that describe it, and a credit. Otherwise it stays a Markdown image in the
 * text, with a warning saying what was missing.
 */
export function eventImage(media: TimelineJsMedia | undefined, label: string, warnings: string[]): { image: NonNullable<Draft['image']>; blocks: string[] } | undefined {
  const url = media?.url?.trim()
  if (!media || !url || url.startsWith('<') || !isSafeUrl(url) || !isImageUrl(url)) return undefined
  const alt = htmlToText(media.alt ?? '') || htmlToText(media.title ?? '') || htmlToText(media.caption ?? '')
  const credit = htmlToText(media.credit ?? '')
  const missing = [!/^(https:\/\/|\/(?!\/))/.test(url) ? 'an https address' : '', alt ? '' : 'a description (alt, title or caption)', credit ? '' : 'a credit'].filter(Boolean)
  if (missing.length) {
    warnings.push(`${label}: image kept in the text, not as the event's image: it needs ${missing.join(' and ')}`)
    return undefined
  }
  const blocks: string[] = []
  const caption = htmlToInlineMarkdown(media.caption ?? '')
  if (caption.markdown) blocks.push(caption.markdown)
  for (const name of caption.dropped) warnings.push(`${label}: <${name}> in the media caption not carried`)
  if (/<[a-z]/i.test(media.credit ?? '')) warnings.push(`${label}: formatting and links in the media credit not carried (credit is plain text)`)
  if (media.link?.trim()) warnings.push(`${label}: media link not carried (an event's image links to nothing)`)
  if (media.link_target) warnings.push(`${label}: media link_target "${media.link_target}" not carried`)
  if (media.thumbnail) warnings.push(`${label}: media thumbnail not carried (Dateline makes its own from the image)`)
  return { image: { src: url, alt, credit }, blocks }
}
