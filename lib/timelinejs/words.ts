/**
 * Plain-text helpers for an imported story: cutting a summary at a word, and
 * making a file name from a title.
 */
import { slugify } from '../content/slug'

/** Longest slug made from a title; longer titles are cut at a word. */
const SLUG_MAX = 60

/**
 * Cuts `text` to at most `max` characters at a word boundary and adds an ellipsis.
 *
 * @param text plain text
 * @param max the longest allowed result, ellipsis included
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const room = max - 1
  let cut = text.slice(0, room)
  if (!/\s/.test(text[room] ?? '')) {
    const space = cut.search(/\s\S*$/)
    if (space > room / 2) cut = cut.slice(0, space)
  }
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`
}

/** A slug of a title, at most {@link SLUG_MAX} characters, ending at a whole word. */
export function slugFromTitle(title: string): string {
  const slug = slugify(title)
  if (slug.length <= SLUG_MAX) return slug
  const cut = slug.slice(0, SLUG_MAX + 1)
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : SLUG_MAX)
}

