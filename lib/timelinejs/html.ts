/**
 * Reads the HTML snippets TimelineJS stores in `text`, `headline`, `caption`
 * and `credit` the way a browser does (hast-util-from-html, which follows the
 * HTML Living Standard's parsing rules), then keeps only what an import may
 * carry into a story (hast-util-sanitize with {@link IMPORT_SCHEMA}).
 */
import type { Element, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { sanitize, type Schema } from 'hast-util-sanitize'

/** Elements whose content is not text for a reader; dropped whole, and named in a warning. */
const DROPPED_WITH_CONTENT = ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'video', 'audio', 'svg', 'canvas']

/** Link and image addresses a reader can follow; `javascript:` and `data:` lose the address and keep their text. */
export const SAFE_PROTOCOLS = ['http', 'https', 'mailto', 'tel']

/**
 * Block elements kept only for their shape: each starts a new paragraph (or
 * list, heading, quote), so the text of two `<div>`s never runs together.
 */
const BLOCKS = [
  'address', 'article', 'aside', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'header', 'hgroup', 'main', 'nav', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
]

/**
 * What an import may keep: the elements that have a Markdown form, block
 * containers for their shape, and no attribute but a link's address, an
 * image's address and description, and a list's first number. Any other
 * element is replaced by its content; {@link DROPPED_WITH_CONTENT} lose theirs.
 */
const IMPORT_SCHEMA: Schema = {
  tagNames: [
    'p', 'br', 'a', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img', 'hr', 'pre',
    ...BLOCKS,
  ],
  attributes: { a: ['href'], img: ['src', 'alt'], ol: ['start'] },
  protocols: { href: SAFE_PROTOCOLS, src: SAFE_PROTOCOLS },
  strip: DROPPED_WITH_CONTENT,
}

export interface ReadHtml {
  /** The snippet as a sanitized tree. */
  tree: Root
  /** Names of elements dropped with their content (`iframe`, `script`, …), for warnings. */
  dropped: string[]
}

function droppedIn(nodes: RootContent[], found: Set<string>): Set<string> {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    if (DROPPED_WITH_CONTENT.includes(node.tagName)) found.add(node.tagName)
    else droppedIn((node as Element).children, found)
  }
  return found
}

/**
 * Parses an HTML fragment as a browser would (unclosed `<p>` and `<li>` close
 * themselves, stray end tags are ignored, entities are decoded) and sanitizes
 * it with {@link IMPORT_SCHEMA}. Never throws.
 *
 * @param html an HTML fragment, e.g. a TimelineJS `text.text`
 */
export function readHtml(html: string): ReadHtml {
  const parsed = fromHtml(html, { fragment: true })
  return { tree: sanitize(parsed, IMPORT_SCHEMA) as Root, dropped: [...droppedIn(parsed.children, new Set())] }
}
