import type { Direction } from './layout-types'

// Letters of the right-to-left scripts (bidi classes R and AL), else any letter (L): the strong characters
// of the Unicode bidi algorithm, near enough for titles and quotes. Alternation order matters: an Arabic
// letter is also \p{L}, and must be taken as right to left. Their digits (Arabic-Indic) are not letters, nor strong.
const STRONG = /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]|(\p{L})/u

/**
 * The direction a text is read in, from its first strong character (the bidi algorithm's rules P2–P3,
 * which is what HTML's dir="auto" does): an English quote in an Arabic story reads left to right, an
 * Arabic title in an English one right to left. Text with no letters (dates in digits, marks) takes
 * `fallback`, the direction of what it stands in.
 */
export function textDirection(text: string, fallback: Direction): Direction {
  const m = STRONG.exec(text)
  if (!m) return fallback
  return m[1] === undefined ? 'rtl' : 'ltr'
}

/**
 * How a line of text stands in a box `width` wide with `pad` inside, in a drawing read in `drawing`'s
 * direction: it starts `pad` in from the box's reading-start edge (the left in a left-to-right drawing,
 * the right in a right-to-left one). A text read the other way keeps its own direction, isolated from
 * the drawing's (so "Blinken." in Arabic keeps its full stop where English puts it), and is anchored by
 * its end so it still grows into the box from that edge. Attributes only where they differ from the
 * drawing's own, so a left-to-right drawing of left-to-right text gets none.
 */
export function textPlacement(text: string, width: number, pad: number, drawing: Direction): { x: number; direction?: Direction; textAnchor?: 'end' } {
  const x = drawing === 'rtl' ? width - pad : pad
  const own = textDirection(text, drawing)
  return own === drawing ? { x } : { x, direction: own, textAnchor: 'end' }
}
