/**
 * TimelineJS text is HTML; Dateline event bodies are MDX. This converts the
 * common tags (p, br, a, strong/b, em/i, ul/ol/li, blockquote, h1–h6, plus img,
 * hr and pre) to Markdown, keeps the text of every other tag, and escapes text
 * so that the output always compiles as MDX: in MDX `{` starts an expression
 * and `<` a JSX tag (MDX 2+, "Syntax" section of mdxjs.com/docs/what-is-mdx),
 * and Markdown punctuation must not turn prose into emphasis, lists or headings.
 */
import { BLOCK, DROPPED_WITH_CONTENT, parseHtml, type HtmlElement, type HtmlNode } from './html'

export interface MarkdownResult {
  markdown: string
  /** Names of elements dropped with their content (`iframe`, `script`, …), for warnings. */
  dropped: string[]
}

interface Ctx {
  dropped: Set<string>
  inLink: boolean
}

/** Stands for a `<br>` until a paragraph is assembled; never occurs in decoded text that matters. */
const BREAK = '\u0000'

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
  return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme)
}

/** `[text](url)` with `text` already escaped Markdown. */
export function markdownLink(text: string, url: string): string {
  return `[${text}](${encodeDestination(url)})`
}

/** `![alt](url)`; `alt` is plain text. */
export function markdownImage(alt: string, url: string): string {
  return `![${escapeMarkdown(alt.replace(HTML_SPACE, ' ').trim())}](${encodeDestination(url)})`
}

/** Leading spaces and breaks, the content, trailing spaces and breaks. */
function splitEdges(inner: string): [string, string, string] {
  const [, lead = '', core = '', trail = ''] = /^([\s\u0000]*)([\s\S]*?)([\s\u0000]*)$/.exec(inner) ?? []
  return [lead, core, trail]
}

/** Puts emphasis marks inside surrounding spaces and breaks: `** bold **` would not be emphasis (CommonMark 6.2, flanking rules). */
function wrap(inner: string, mark: string): string {
  const [lead, core, trail] = splitEdges(inner)
  return core ? `${lead}${mark}${core}${mark}${trail}` : inner
}

function textContent(nodes: HtmlNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.name === 'br' ? '\n' : textContent(n.children))).join('')
}

function inline(nodes: HtmlNode[], ctx: Ctx, breaks: 'hard' | 'space'): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text') {
      out += escapeMarkdown(node.value.replace(HTML_SPACE, ' '))
      continue
    }
    const { name, attrs, children } = node
    if (DROPPED_WITH_CONTENT.has(name)) {
      ctx.dropped.add(name)
      continue
    }
    switch (name) {
      case 'br':
        out += breaks === 'hard' ? BREAK : ' '
        break
      case 'strong':
      case 'b':
        out += wrap(inline(children, ctx, breaks), '**')
        break
      case 'em':
      case 'i':
        out += wrap(inline(children, ctx, breaks), '*')
        break
      case 'a': {
        const inner = inline(children, { ...ctx, inLink: true }, 'space')
        const href = attrs.href?.trim()
        if (ctx.inLink || !href || !isSafeUrl(href)) {
          out += inner
          break
        }
        const [lead, core, trail] = splitEdges(inner)
        out += `${lead}${markdownLink(core || escapeMarkdown(href), href)}${trail}`
        break
      }
      case 'img':
        if (attrs.src && isSafeUrl(attrs.src)) out += markdownImage(attrs.alt ?? '', attrs.src)
        break
      default:
        // Any other tag keeps its text; a block met inside inline content still separates words.
        out += inline(children, ctx, breaks) + (BLOCK.has(name) ? ' ' : '')
    }
  }
  return out
}

/** Assembles inline Markdown into paragraphs: `<br>` becomes a hard break, two in a row a new paragraph. */
function paragraphs(text: string): string[] {
  const out: string[] = []
  let lines: string[] = []
  const end = () => {
    if (lines.length) out.push(lines.map(escapeLineStart).join('\\\n'))
    lines = []
  }
  for (const part of text.split(BREAK)) {
    const line = part.replace(/ {2,}/g, ' ').trim()
    if (line) lines.push(line)
    else end()
  }
  end()
  return out
}

function hasBlock(node: HtmlElement): boolean {
  return node.children.some((c) => c.type === 'element' && (BLOCK.has(c.name) || hasBlock(c)))
}

/** Tags that carry inline meaning of their own; any other inline tag wrapping blocks is just a container. */
const INLINE_FORMATTING = new Set(['a', 'b', 'strong', 'i', 'em'])

function blocks(nodes: HtmlNode[], ctx: Ctx): string[] {
  const out: string[] = []
  let pending: HtmlNode[] = []
  const flush = () => {
    out.push(...paragraphs(inline(pending, ctx, 'hard')))
    pending = []
  }
  const visit = (list: HtmlNode[]) => {
    for (const node of list) {
      if (node.type === 'element' && BLOCK.has(node.name)) {
        flush()
        out.push(...block(node, ctx))
      } else if (node.type === 'element' && !INLINE_FORMATTING.has(node.name) && hasBlock(node)) {
        visit(node.children)
      } else pending.push(node)
    }
  }
  visit(nodes)
  flush()
  return out
}

function list(node: HtmlElement, ctx: Ctx): string[] {
  const ordered = node.name === 'ol'
  const start = ordered ? Number.parseInt(node.attrs.start ?? '1', 10) || 1 : 1
  const items: HtmlNode[][] = []
  for (const child of node.children) {
    if (child.type === 'element' && child.name === 'li') items.push(child.children)
    else if (child.type === 'element' && (child.name === 'ul' || child.name === 'ol') && items.length) items[items.length - 1]!.push(child)
    else if (child.type === 'element' || child.value.trim()) items.push([child])
  }
  const rendered: string[] = []
  for (const children of items) {
    const content = blocks(children, ctx)
    if (!content.length) continue
    const marker = ordered ? `${start + rendered.length}. ` : '- '
    const body = content.reduce((acc, b) => `${acc}${/^(?:- |\d+\. )/.test(b) ? '\n' : '\n\n'}${b}`)
    const indent = ' '.repeat(marker.length)
    rendered.push(marker + body.split('\n').map((l, i) => (i === 0 || !l ? l : indent + l)).join('\n'))
  }
  return rendered.length ? [rendered.join('\n')] : []
}

function block(node: HtmlElement, ctx: Ctx): string[] {
  const { name, children } = node
  if (/^h[1-6]$/.test(name)) {
    const text = inline(children, ctx, 'space').replace(/ {2,}/g, ' ').trim()
    // A trailing `#` would be read as the heading's closing sequence (CommonMark 4.2).
    return text ? [`${'#'.repeat(Number(name[1]))} ${text.replace(/#$/, '\\#')}`] : []
  }
  switch (name) {
    case 'ul':
    case 'ol':
      return list(node, ctx)
    case 'blockquote': {
      const inner = blocks(children, ctx).join('\n\n')
      return inner ? [inner.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')] : []
    }
    case 'hr':
      return ['***']
    case 'pre': {
      const code = textContent(children).replace(/^\n/, '').replace(/\s+$/, '')
      if (!code) return []
      const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length))
      const fence = '`'.repeat(Math.max(3, longest + 1))
      return [`${fence}\n${code}\n${fence}`]
    }
    case 'tr': {
      const cells = children.filter((c): c is HtmlElement => c.type === 'element').map((c) => inline(c.children, ctx, 'space').trim())
      return paragraphs(cells.filter(Boolean).join(' | '))
    }
    default:
      return blocks(children, ctx)
  }
}

/**
 * Converts a TimelineJS HTML snippet to Markdown blocks separated by blank
 * lines. Plain text without tags comes out as one escaped paragraph.
 *
 * @param html HTML as TimelineJS stores it
 */
export function htmlToMarkdown(html: string): MarkdownResult {
  const ctx: Ctx = { dropped: new Set(), inLink: false }
  const markdown = blocks(parseHtml(html), ctx).join('\n\n')
  return { markdown, dropped: [...ctx.dropped] }
}

/** Like {@link htmlToMarkdown}, but on one line: blocks and line breaks become spaces (for captions and credits). */
export function htmlToInlineMarkdown(html: string): MarkdownResult {
  const ctx: Ctx = { dropped: new Set(), inLink: false }
  const text = inline(parseHtml(html), ctx, 'space').replace(/ {2,}/g, ' ').trim()
  return { markdown: text ? escapeLineStart(text) : '', dropped: [...ctx.dropped] }
}

function plain(nodes: HtmlNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.value
      if (DROPPED_WITH_CONTENT.has(n.name)) return ''
      if (n.name === 'br') return ' '
      return BLOCK.has(n.name) ? ` ${plain(n.children)} ` : plain(n.children)
    })
    .join('')
}

/**
 * The text of an HTML snippet, tags removed, entities decoded and whitespace
 * collapsed: for titles, summaries and alt text, which are plain.
 *
 * @param html HTML as TimelineJS stores it
 */
export function htmlToText(html: string): string {
  return plain(parseHtml(html)).replace(HTML_SPACE, ' ').trim()
}
