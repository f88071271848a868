import type { Root, Nodes } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { toString } from 'mdast-util-to-string'
import { SKIP, visitParents } from 'unist-util-visit-parents'
import { MAX_NESTING, nestingProblem } from './limits'
import { codeProblems } from './no-code'
import { richParagraphs, type Paragraph } from './rich-text'

/** A prop as written: the value and where it stands, so errors can point at it. */
export interface RawProp {
  name: string
  /** The literal string, or null for a bare attribute (`<Event major>`). */
  value: string | null
  /** True for `{…}` expressions, which props do not accept (the collector reports them as code). */
  expression: boolean
  line: number
  column: number
  /** Where the value's first character stands (after `="`), when on the attribute's line. */
  valueLine: number
  valueColumn: number
}

export interface RawElement {
  name: 'Event' | 'Quote' | 'Source'
  /** Position among elements of the same name, in source order. */
  index: number
  line: number
  column: number
  props: RawProp[]
  /** For quotes and sources: the index of the enclosing event, if any. */
  eventIndex?: number
  /** Plain text of the element's children (for events, without nested quotes). */
  text: string
  /** For events: the same prose with its paragraphs, emphasis and links, for the detail panel. */
  paragraphs?: Paragraph[]
}

/** A structural problem found while walking the tree; the validator adds the file name. */
export interface RawProblem {
  line: number
  column: number
  message: string
  /** The prop at fault, when there is one. */
  prop?: string
  found?: string
  expected?: string
  hint?: string
}

/** Everything the collector found in one file: plain data, safe to cache as JSON. */
export interface Collected {
  events: RawElement[]
  quotes: RawElement[]
  /** `<Source>` elements; one outside an event is reported as a problem and not kept. */
  sources: RawElement[]
  problems: RawProblem[]
  /** Capitalised element names other than Event, Quote and Source, with their places. */
  unknownComponents: { name: string; line: number; column: number }[]
  /** Every link target written in the prose (Markdown links, definitions, `<a href>`), for the missing-anchor check. */
  links: RawLink[]
}

/** A link as written, with the place of the link (or of its `href`). */
interface RawLink {
  url: string
  line: number
  column: number
}

/** The prop through which the rendered component finds its entry in the model. */
export const INDEX_PROP = 'dlIndex'

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

function isJsx(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
}

function readProps(node: JsxElement): RawProp[] {
  const props: RawProp[] = []
  for (const attr of node.attributes) {
    const line = attr.position?.start.line ?? node.position?.start.line ?? 1
    const column = attr.position?.start.column ?? node.position?.start.column ?? 1
    if (attr.type === 'mdxJsxExpressionAttribute') {
      props.push({ name: '{…}', value: null, expression: true, line, column, valueLine: line, valueColumn: column })
      continue
    }
    const expression = attr.value !== null && typeof attr.value === 'object'
    const value = typeof attr.value === 'string' ? attr.value : null
    // `name="value"`: the value starts after the name, the `=` and the opening quote. An attribute written over
    // several lines (`date=` then the value below) is measured back from its closing quote instead.
    const end = attr.position?.end
    const below = value !== null && end !== undefined && end.line !== line
    props.push({
      name: attr.name,
      value,
      expression,
      line,
      column,
      valueLine: below ? end.line : line,
      valueColumn: below ? Math.max(1, end.column - 1 - value.length) : value === null ? column : column + attr.name.length + 2,
    })
  }
  return props
}

/** Expressions are never text: a comment `{/* … *\/}` must not reach an event's or a quote's words. */
const isExpression = (node: Nodes) => node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression'

/** What an event holds that is not its prose: its quotes and its sources, each shown in its own place. */
const notProse = (n: Nodes) => isJsx(n) && (n.name === 'Quote' || n.name === 'Source')

function textWithout(node: Nodes, skip: (n: Nodes) => boolean): string {
  if (skip(node) || isExpression(node)) return ''
  if ('children' in node) {
    const parts = (node.children as Nodes[]).map((c) => textWithout(c, skip)).filter(Boolean)
    // Blocks read as separate sentences; inline runs join as written.
    const block = node.type === 'root' || node.type === 'mdxJsxFlowElement' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem'
    return parts.join(block ? ' ' : '')
  }
  return toString(node)
}

/**
 * Walks an MDX syntax tree once, records every `<Event>` and `<Quote>` with the
 * position of each prop, and tags each element with its index so that the
 * rendered article can find the validated model entry. Reading the tree (and
 * not the rendered page) is what lets errors point at file:line:column.
 */
export function collectElements(tree: Root): Collected {
  const out: Collected = { events: [], quotes: [], sources: [], problems: [], unknownComponents: [], links: [] }
  const eventIndexOf = new Map<JsxElement, number>()

  let tooDeep = false
  visitParents(tree, (node, ancestors) => {
    // findDeepNesting refuses most of these before parsing; what it cannot see is not walked (each element
    // below would read all its ancestors and all its text: time growing with the square of the depth).
    if (ancestors.length > MAX_NESTING) {
      if (!tooDeep) out.problems.push(nestingProblem(node.position?.start.line ?? 1, node.position?.start.column ?? 1))
      tooDeep = true
      return SKIP
    }
    // Only what the writer wrote has a position; the frontmatter export mdx-bundler inserts has none.
    if (node.type === 'mdxjsEsm' && !node.position) return
    out.problems.push(...codeProblems(node as Nodes))
    if (node.type === 'link' || node.type === 'definition') {
      out.links.push({ url: node.url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 })
      return
    }
    if (!isJsx(node as Nodes)) return
    const el = node as JsxElement
    const line = el.position?.start.line ?? 1
    const column = el.position?.start.column ?? 1
    const name = el.name
    if (name === null) return
    if (name === 'a') {
      const href = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href')
      if (href && typeof href.value === 'string') {
        out.links.push({ url: href.value, line: href.position?.start.line ?? line, column: href.position?.start.column ?? column })
      }
      return
    }
    if (!/^[A-Z]/.test(name)) {
      // `<event>` would silently render as an unknown HTML tag: report it as the typo it is.
      if (/^(event|quote)$/i.test(name)) out.unknownComponents.push({ name, line, column })
      return
    }

    const enclosingEvent = [...ancestors].reverse().find((a) => isJsx(a as Nodes) && (a as JsxElement).name === 'Event') as JsxElement | undefined
    const enclosingQuote = ancestors.some((a) => isJsx(a as Nodes) && (a as JsxElement).name === 'Quote')

    if (name === 'Event') {
      if (enclosingEvent) {
        out.problems.push({
          line,
          column,
          message: '<Event> cannot be nested inside another <Event>',
          expected: 'events side by side; close the previous </Event> first',
        })
      }
      const index = out.events.length
      eventIndexOf.set(el, index)
      out.events.push({
        name,
        index,
        line,
        column,
        props: readProps(el),
        text: textWithout(el, notProse).trim(),
        paragraphs: richParagraphs(el, notProse),
      })
      el.attributes.push({ type: 'mdxJsxAttribute', name: INDEX_PROP, value: String(index) })
      return
    }

    if (name === 'Quote') {
      if (enclosingQuote) {
        out.problems.push({ line, column, message: '<Quote> cannot be nested inside another <Quote>', expected: 'one quotation per <Quote>' })
      }
      const index = out.quotes.length
      const eventIndex = enclosingEvent ? eventIndexOf.get(enclosingEvent) : undefined
      out.quotes.push({
        name,
        index,
        line,
        column,
        props: readProps(el),
        ...(eventIndex !== undefined ? { eventIndex } : {}),
        text: textWithout(el, () => false).replace(/\s+/g, ' ').trim(),
      })
      el.attributes.push({ type: 'mdxJsxAttribute', name: INDEX_PROP, value: String(index) })
      return
    }

    if (name === 'Source') {
      const eventIndex = enclosingEvent ? eventIndexOf.get(enclosingEvent) : undefined
      if (eventIndex === undefined || enclosingQuote) {
        out.problems.push({
          line,
          column,
          message: enclosingQuote ? '<Source> cannot be inside a <Quote>' : '<Source> must be inside the <Event> whose facts it sources',
          expected: '<Source outlet="…"> inside an <Event>, after the event’s text',
          ...(enclosingQuote ? {} : { hint: 'the story’s own source goes in the frontmatter, under `source:`' }),
        })
        return
      }
      out.sources.push({
        name,
        index: out.sources.length,
        line,
        column,
        props: readProps(el),
        eventIndex,
        text: textWithout(el, () => false).replace(/\s+/g, ' ').trim(),
      })
      return
    }

    out.unknownComponents.push({ name, line, column })
  })

  return out
}

/**
 * The remark plugin form of collectElements, for mdx-bundler's remarkPlugins.
 * Results go to the callback because a unified plugin has no return channel.
 */
export function remarkCollect(onCollected: (c: Collected) => void) {
  return () => (tree: Root) => {
    onCollected(collectElements(tree))
  }
}
