import type { Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'

/** The component the article draws each chunk with (components/mdx/article-components.tsx). */
export const CHUNK_COMPONENT = 'ProseChunk'
/** The chunk's event count, which the component turns into a size estimate for the unrendered chunk. */
export const CHUNK_EVENTS_PROP = 'events'
/**
 * Enough sections that a 5,000-event story is 125 chunks for the browser to
 * track, few enough that the one or two chunks on screen lay out quickly.
 */
const EVENTS_PER_CHUNK = 40

/** Nodes that must stay at the top level: frontmatter, and import/export lines (MDX hoists them). */
const ROOT_ONLY = new Set<RootContent['type']>(['yaml', 'toml', 'mdxjsEsm'] as RootContent['type'][])

const isEvent = (node: RootContent) => node.type === 'mdxJsxFlowElement' && node.name === 'Event'

/**
 * Groups the article's top-level content into chunks of at most `perChunk`
 * events each, in order, so the page can leave whole chunks unrendered while
 * they are off screen (content-visibility), and the browser tracks 125
 * chunks of a 5,000-event story instead of 5,000 sections. A chunk starts at
 * an <Event>, so prose between events stays with the event before it, and
 * the prose before the first event opens the first chunk. Positions of the
 * wrapped nodes are kept: errors still point into the file as written.
 */
export function chunkArticle(tree: Root, perChunk = EVENTS_PER_CHUNK): void {
  const kept: RootContent[] = []
  const chunks: { children: RootContent[]; events: number }[] = []
  for (const node of tree.children) {
    if (ROOT_ONLY.has(node.type)) {
      kept.push(node)
      continue
    }
    let chunk = chunks[chunks.length - 1]
    if (!chunk || (isEvent(node) && chunk.events >= perChunk)) chunks.push((chunk = { children: [], events: 0 }))
    chunk.children.push(node)
    if (isEvent(node)) chunk.events++
  }
  tree.children = [
    ...kept,
    ...chunks.map(
      (c): MdxJsxFlowElement => ({
        type: 'mdxJsxFlowElement',
        name: CHUNK_COMPONENT,
        attributes: [{ type: 'mdxJsxAttribute', name: CHUNK_EVENTS_PROP, value: String(c.events) }],
        children: c.children as MdxJsxFlowElement['children'],
      }),
    ),
  ]
}

/** chunkArticle as a remark plugin, for mdx-bundler's remarkPlugins (after the collector, which reads the file as written). */
export function remarkChunks() {
  return (tree: Root) => chunkArticle(tree)
}
