/**
 * Plain-text helpers for an imported story: cutting a summary at a word.
 */

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

