/**
 * TimelineJS text is HTML; Dateline event bodies are MDX. The HTML is read
 * and sanitized by `html.ts`, turned into a Markdown syntax tree by
 * hast-util-to-mdast and written out by mdast-util-to-markdown. What is ours
 * is the escaping: text is written so that it always compiles as MDX, where
 * `{` starts an expression and `<` a JSX tag (MDX 2+, "Syntax" section of
 * mdxjs.com/docs/what-is-mdx), and Markdown punctuation never turns prose into
 * emphasis, lists or headings.
 */
import type { Element } from 'hast'
import { toMdast, type Handle } from 'hast-util-to-mdast'
import { toText } from 'hast-util-to-text'
import type { Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast'
import { toMarkdown, type Handle as WriteHandle, type Options as WriteOptions } from 'mdast-util-to-markdown'
import { readHtml, SAFE_PROTOCOLS } from './html'

export interface MarkdownResult {
  markdown: string
  /** Names of elements dropped with their content (`iframe`, `script`, …), for warnings. */
  dropped: string[]
}

/** HTML's own whitespace (HTML Living Standard, "ASCII whitespace"): a no-break space is text, not layout. */
const HTML_SPACE = /[ \t\n\r\f]+/g

/**
 * Escapes text so Markdown and MDX read it literally. Backslash escapes work
 * for any ASCII punctuation (CommonMark 0.31, section 2.4), which is also how
 * MDX wants a literal `{` or `<` written. `&` is escaped only where it would
 * start a character reference.
 *
 * @param text plain text
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]{}<>]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
}

/**
 * Text at the start of a line that Markdown or MDX would read as syntax:
 * headings (`#`), list items (`-`, `+`, `1.`), setext underlines (`=`), and
 * `import`/`export`, which MDX parses as JavaScript. The first character is
 * escaped (a character reference for letters, which have no backslash escape).
 */
function escapeLineStart(line: string): string {
  if (/^(?:import|export)\b/.test(line)) return `&#${line.charCodeAt(0)};${line.slice(1)}`
  return line.replace(/^([#+=-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2')
}

/** Characters that would end or confuse a link destination, percent-encoded (RFC 3986, section 2.1). */
function encodeDestination(url: string): string {
  const full = url.trim().replace(/^\/\//, 'https://')
  return full.replace(/[\s<>(){}\\`]/g, (c) => (c.charCodeAt(0) < 128 ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c)))
}

/** Links with a scheme a reader can follow; `javascript:` and `data:` links keep only their text. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase()
  return scheme === undefined || SAFE_PROTOCOLS.includes(scheme)
}

/** `[text](url)` with `text` already escaped Markdown. */
export function markdownLink(text: string, url: string): string {
  return `[${text}](${encodeDestination(url)})`
}

/** `![alt](url)`; `alt` is plain text. */
export function markdownImage(alt: string, url: string): string {
  return `![${escapeMarkdown(alt.replace(HTML_SPACE, ' ').trim())}](${encodeDestination(url)})`
}

// ---- HTML tree → Markdown tree: where the defaults of hast-util-to-mdast are not what an import wants

/** The text a link or image points at, from a sanitized tree (the sanitizer has already removed unsafe addresses). */
const address = (node: Element, name: 'href' | 'src') => {
  const value = node.properties[name]
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/** A link keeps its text and, with an address, points at it; without text it shows its address. */
const link: Handle = (state, node) => {
  const children = state.all(node) as PhrasingContent[]
  const href = address(node, 'href')
  if (!href) return children
  return { type: 'link', url: encodeDestination(href), children: children.length ? children : [{ type: 'text', value: href }] }
}

/** An image without a safe address has nothing left to show. */
const image: Handle = (_state, node) => {
  const src = address(node, 'src')
  const alt = node.properties.alt
  return src ? { type: 'image', url: encodeDestination(src), alt: typeof alt === 'string' ? alt.replace(HTML_SPACE, ' ').trim() : '' } : undefined
}

/** A table row becomes one paragraph, its cells separated by ` | `: Dateline's event text has no tables. */
const tableRow: Handle = (state, node) => {
  const cells = node.children
    .filter((c): c is Element => c.type === 'element')
    .map((c) => trimPhrasing(flatten(state.all(c) as RootContent[])))
    .filter((c) => c.length > 0)
  const children = cells.flatMap((c, i): PhrasingContent[] => (i ? [{ type: 'text', value: ' | ' }, ...c] : c))
  return children.length ? { type: 'paragraph', children } : undefined
}

/** Definition lists read as paragraphs: terms and definitions in turn. */
const flow: Handle = (state, node) => state.toFlow(state.all(node))

const HANDLERS: Record<string, Handle> = { a: link, img: image, tr: tableRow, table: flow, thead: flow, tbody: flow, tfoot: flow, dl: flow, dt: flow, dd: flow }

// ---- Markdown tree adjustments

const isBreak = (n: PhrasingContent | undefined) => n?.type === 'break'
const isSpace = (n: PhrasingContent | undefined) => n?.type === 'text' && !n.value.trim()

/** Phrasing content without breaks or spaces at either end. */
function trimPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes]
  while (isBreak(out[0]) || isSpace(out[0])) out.shift()
  while (isBreak(out.at(-1)) || isSpace(out.at(-1))) out.pop()
  const first = out[0]
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() }
  const last = out.at(-1)
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() }
  return out
}

/**
 * Moves spaces and breaks at the edges of emphasis outside its marks:
 * `** bold **` would not be emphasis (CommonMark 6.2, flanking rules).
 */
function hoistEdges(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (!('children' in node)) return [node]
    const children = hoistEdges(node.children as PhrasingContent[])
    if (node.type !== 'strong' && node.type !== 'emphasis' && node.type !== 'link') return [{ ...node, children } as PhrasingContent]
    const inner = trimPhrasing(children)
    if (!inner.length) return children
    // What trimming took from each end goes just outside the marks: a space as a space, a break as a break.
    const edge = (n: PhrasingContent | undefined): PhrasingContent[] => (isBreak(n) ? [n!] : n?.type === 'text' && /\s/.test(n.value) ? [{ type: 'text', value: ' ' }] : [])
    const lead = children.findIndex((c) => !isBreak(c) && !isSpace(c))
    const trail = children.findLastIndex((c) => !isBreak(c) && !isSpace(c))
    const head = children[lead] as PhrasingContent
    const tail = children[trail] as PhrasingContent
    const before = [...children.slice(0, lead).flatMap(edge), ...(head.type === 'text' && /^\s/.test(head.value) ? edge(head) : [])]
    const after = [...(tail.type === 'text' && /\s$/.test(tail.value) ? edge(tail) : []), ...children.slice(trail + 1).flatMap(edge)]
    return [...before, { ...node, children: inner }, ...after]
  })
}

/** A paragraph split where two or more breaks meet: TimelineJS writers start a paragraph with `<br><br>`. */
function splitAtDoubleBreaks(paragraph: Paragraph): Paragraph[] {
  const parts: PhrasingContent[][] = [[]]
  paragraph.children.forEach((node, i, all) => {
    if (isBreak(node) && (isBreak(all[i + 1]) || isBreak(all[i - 1]))) {
      if (parts.at(-1)!.length) parts.push([])
    } else parts.at(-1)!.push(node)
  })
  return parts.map((p) => trimPhrasing(hoistEdges(p))).filter((p) => p.length > 0).map((children) => ({ type: 'paragraph', children }))
}

/** Lists are written tight (a line per item) and paragraphs split at double breaks, throughout the tree. */
function tidy<T extends Parents>(node: T): T {
  const children = (node.children as RootContent[]).flatMap((child): RootContent[] => {
    if (child.type === 'paragraph') return splitAtDoubleBreaks(child)
    if (child.type === 'heading') return [{ ...child, children: trimPhrasing(hoistEdges(child.children)) }]
    if (child.type === 'list' || child.type === 'listItem') return [tidy({ ...child, spread: false })]
    return 'children' in child ? [tidy(child as Parents) as RootContent] : [child]
  })
  return { ...node, children } as T
}

/** All the inline content of a tree on one line: blocks and breaks become spaces (for captions and credits). */
function flatten(nodes: RootContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    if (node.type === 'break') out.push({ type: 'text', value: ' ' })
    else if (node.type === 'code') out.push({ type: 'text', value: ` ${node.value} ` })
    else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'thematicBreak' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'list') {
      out.push({ type: 'text', value: ' ' }, ...flatten('children' in node ? node.children : []), { type: 'text', value: ' ' })
    } else if ('children' in node && node.type !== 'link') out.push({ ...node, children: flatten(node.children) } as PhrasingContent)
    else out.push(node as PhrasingContent)
  }
  return out
}

/** Adjacent text joined and runs of spaces made one, so that flattened blocks are separated by a single space. */
function collapseSpaces(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    const last = out.at(-1)
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: `${last.value}${node.value}`.replace(HTML_SPACE, ' ') }
    else out.push(node.type === 'text' ? { type: 'text', value: node.value.replace(HTML_SPACE, ' ') } : node)
  }
  return out
}

// ---- Markdown tree → text

/** Every text node escaped by our rules: always the same characters, whatever mdast-util-to-markdown would judge safe in context. */
const text: WriteHandle = (node: { value: string }, _parent, state, info) => {
  let value = escapeMarkdown(node.value)
  if (info.before === '' || info.before.endsWith('\n')) value = escapeLineStart(value)
  // A trailing `#` would be read as the heading's closing sequence (CommonMark 4.2).
  if (state.stack.includes('headingAtx') && (info.after === '' || info.after.startsWith('\n'))) value = value.replace(/#$/, '\\#')
  return value
}

/** `resourceLink`: an autolink (`<https://…>`) would read as a JSX tag in MDX. */
const WRITE: WriteOptions = { bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', resourceLink: true, handlers: { text } }

function write(tree: Nodes): string {
  return toMarkdown(tree, WRITE).trim()
}

function markdownTree(html: string): { tree: Root; dropped: string[] } {
  const { tree, dropped } = readHtml(html)
  return { tree: toMdast(tree, { document: true, handlers: HANDLERS }) as Root, dropped }
}

/**
 * Converts a TimelineJS HTML snippet to Markdown blocks separated by blank
 * lines. Plain text without tags comes out as one escaped paragraph.
 *
 * @param html HTML as TimelineJS stores it
 */
export function htmlToMarkdown(html: string): MarkdownResult {
  const { tree, dropped } = markdownTree(html)
  return { markdown: write(tidy(tree)), dropped }
}

/** Like {@link htmlToMarkdown}, but on one line: blocks and line breaks become spaces (for captions and credits). */
export function htmlToInlineMarkdown(html: string): MarkdownResult {
  const { tree, dropped } = markdownTree(html)
  const children = trimPhrasing(hoistEdges(collapseSpaces(flatten(tree.children))))
  return { markdown: children.length ? write({ type: 'paragraph', children }) : '', dropped }
}

/**
 * The text of an HTML snippet, tags removed, entities decoded and whitespace
 * collapsed: for titles, summaries and alt text, which are plain.
 *
 * @param html HTML as TimelineJS stores it
 */
export function htmlToText(html: string): string {
  return toText(readHtml(html).tree).replace(HTML_SPACE, ' ').trim()
}
