/**
 * A small, forgiving HTML reader for the snippets TimelineJS stores in `text`,
 * `headline`, `caption` and `credit`. It is not a browser parser: it builds a
 * tree good enough to turn those snippets into Markdown or plain text, never
 * throws, and treats anything it does not recognise as text.
 */

export interface HtmlText {
  type: 'text'
  /** Decoded text (entities resolved), whitespace as written. */
  value: string
}

export interface HtmlElement {
  type: 'element'
  /** Lowercase tag name. */
  name: string
  /** Decoded attribute values by lowercase name. */
  attrs: Record<string, string>
  children: HtmlNode[]
}

export type HtmlNode = HtmlText | HtmlElement

/** HTML void elements: they never have children or an end tag (HTML Living Standard, 13.1.2). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

/** Elements whose content is not text for a reader; dropped whole. */
export const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'video', 'audio', 'svg', 'canvas'])

/** Block-level elements: each one starts a new paragraph (or list, heading, quote). */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
])

/**
 * HTML 4 / HTML5 Latin-1 entities, in code point order from U+00A0 (HTML 4.01,
 * section 24.2): `&nbsp;` is 160, `&iexcl;` 161, … `&yuml;` 255.
 */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
  'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
  'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'

/** The other named entities newsroom copy actually contains (HTML 4.01 sections 24.3–24.4, plus `apos`). */
const OTHER_ENTITIES: Record<string, number> = {
  quot: 34, amp: 38, apos: 39, lt: 60, gt: 62, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402,
  circ: 710, tilde: 732, ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, ndash: 8211,
  mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225,
  bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243, lsaquo: 8249, rsaquo: 8250, euro: 8364, trade: 8482,
  larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596, minus: 8722, nbhy: 8209,
}

const ENTITIES = new Map<string, number>([...LATIN1.split(' ').map((name, i) => [name, 160 + i] as const), ...Object.entries(OTHER_ENTITIES)])

function codePoint(n: number): string {
  // Invalid references become U+FFFD, as browsers do (HTML Living Standard, 13.2.5.80).
  const valid = Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff)
  return String.fromCodePoint(valid ? n : 0xfffd)
}

/**
 * Decodes character references: named (`&amp;`, `&eacute;`, `&rsquo;` and the
 * other HTML 4 entities), decimal (`&#8217;`) and hexadecimal (`&#x2019;`).
 * Unknown names are left as written, as a browser shows them.
 *
 * @param text HTML text or attribute value
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return codePoint(Number(dec))
    if (hex !== undefined) return codePoint(parseInt(hex, 16))
    const n = ENTITIES.get(name ?? '')
    return n === undefined ? whole : String.fromCodePoint(n)
  })
}

const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

function readAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const m of text.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase()
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  }
  return attrs
}

/**
 * Parses an HTML fragment into a tree. Forgiving like a browser where it
 * matters for news copy: unclosed `<p>` and `<li>` close themselves, stray end
 * tags are ignored, comments and doctypes vanish, and a `<` that starts no tag
 * is text. The content of `script` and `style` is skipped.
 *
 * @param html an HTML fragment, e.g. a TimelineJS `text.text`
 */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { type: 'element', name: '#root', attrs: {}, children: [] }
  const stack: HtmlElement[] = [root]
  const top = () => stack[stack.length - 1]!
  let text = ''
  const flush = () => {
    if (text) top().children.push({ type: 'text', value: decodeEntities(text) })
    text = ''
  }
  const closeTo = (name: string, stopAt: string[] = []) => {
    for (let i = stack.length - 1; i > 0; i--) {
      const n = stack[i]!.name
      if (stopAt.includes(n)) return
      if (n === name) {
        stack.length = i
        return
      }
    }
  }

  let i = 0
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) {
      text += html.slice(i)
      break
    }
    text += html.slice(i, lt)
    const rest = html.slice(lt)
    if (rest.startsWith('<!--')) {
      const end = html.indexOf('-->', lt + 4)
      i = end < 0 ? html.length : end + 3
      continue
    }
    if (/^<[!?]/.test(rest)) {
      const end = html.indexOf('>', lt)
      i = end < 0 ? html.length : end + 1
      continue
    }
    const m = TAG.exec(rest)
    if (!m) {
      text += '<'
      i = lt + 1
      continue
    }
    flush()
    i = lt + m[0].length
    const [, slash, rawName = '', attrText = '', selfClosing] = m
    const name = rawName.toLowerCase()
    if (slash) {
      closeTo(name)
      continue
    }
    if (DROPPED_WITH_CONTENT.has(name) && !selfClosing) {
      // Keep a marker so callers can report what was dropped, but none of its content.
      top().children.push({ type: 'element', name, attrs: readAttrs(attrText), children: [] })
      const end = html.toLowerCase().indexOf(`</${name}`, i)
      const close = end < 0 ? -1 : html.indexOf('>', end)
      i = close < 0 ? html.length : close + 1
      continue
    }
    // Implied end tags (HTML Living Standard, 13.1.2.4): a new <li> ends the open one, a block ends an open <p>.
    if (name === 'li') closeTo('li', ['ul', 'ol'])
    if ((name === 'dt' || name === 'dd')) {
      closeTo('dt', ['dl'])
      closeTo('dd', ['dl'])
    }
    if (BLOCK.has(name) && top().name === 'p') stack.pop()
    const el: HtmlElement = { type: 'element', name, attrs: readAttrs(attrText), children: [] }
    top().children.push(el)
    if (!VOID.has(name) && !selfClosing) stack.push(el)
  }
  flush()
  return root.children
}
