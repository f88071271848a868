import type { Element, Root as HastRoot } from 'hast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { slugify } from '../content/slug'

export interface DocHeading {
  depth: number
  id: string
  text: string
}

function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? ''
  return (node.children ?? []).map((c) => textOf(c as { type: string })).join('')
}

/**
 * A Markdown document (CommonMark plus GitHub's tables) as an HTML syntax tree,
 * with an id on every heading so sections can be linked, and links between
 * files of the repository (`../README.md`) pointed at `routes`, or at the
 * repository when the site has no page for them. Code blocks and tables, which
 * may scroll, take keyboard focus. Raw HTML is not passed
 * through: the guide is text, and this keeps it from injecting markup.
 */
export function markdownToHast(markdown: string, routes: Record<string, string> = {}): { tree: HastRoot; headings: DocHeading[] } {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype)
  const tree = processor.runSync(processor.parse(markdown)) as HastRoot
  const headings: DocHeading[] = []
  const used = new Map<string, number>()
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      const depth = /^h([1-6])$/.exec(child.tagName)?.[1]
      if (depth) {
        const text = textOf(child as unknown as { type: string })
        const base = slugify(text) || 'section'
        const n = used.get(base) ?? 0
        used.set(base, n + 1)
        // Repeated headings get -1, -2… as on GitHub, so every anchor stays unique.
        const id = n ? `${base}-${n}` : base
        child.properties = { ...child.properties, id }
        headings.push({ depth: Number(depth), id, text })
      }
      // Code blocks and tables scroll sideways on a phone: a keyboard user must be able to reach and scroll them.
      if (child.tagName === 'pre' || child.tagName === 'table') child.properties = { ...child.properties, tabIndex: 0 }
      if (child.tagName === 'a' && typeof child.properties?.href === 'string') {
        const href = child.properties.href
        const [file, hash] = href.split('#') as [string, string | undefined]
        if (file && !/^[a-z]+:/i.test(file) && !file.startsWith('/')) {
          const route = routes[file]
          if (route) child.properties.href = hash ? `${route}#${hash}` : route
        }
      }
      visit(child)
    }
  }
  visit(tree)
  return { tree, headings }
}
