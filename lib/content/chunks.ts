import type { Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import { EVENTS_PER_PAGE, pageOfChunk } from './story-pages'

/** The component the article draws each chunk with (components/mdx/article-components.tsx). */
export const CHUNK_COMPONENT = 'ProseChunk'
/** The chunk's event count, which the component turns into a size estimate for the unrendered chunk. */
export const CHUNK_EVENTS_PROP = 'events'
/** The page of a long story the chunk is on (lib/content/story-pages.ts); a story of one page shows every chunk. */
export const CHUNK_PAGE_PROP = 'page'
/**
 * Enough sections that a 5,000-event story is 125 chunks for the browser to
 * track, few enough that the one or two chunks on screen lay out quickly.
 */
const EVENTS_PER_CHUNK = 40

/** Nodes that must stay at the top level: frontmatter, and import/export lines (MDX hoists them). */
const ROOT_ONLY = new Set<RootContent['type']>(['yaml', 'toml', 'mdxjsEsm'] as RootContent['type'][])

const isEvent = (node: RootContent) => node.type === 'mdxJsxFlowElement' && node.name === 'Event'

/** The <Event>s in a node, itself included: counted in document order, as the collector numbers them. */
function eventsIn(node: RootContent): number {
  const own = isEvent(node) ? 1 : 0
  return 'children' in node ? own + (node.children as RootContent[]).reduce((n, c) => n + eventsIn(c), 0) : own
}

/**
 * Groups the article's top-level content into chunks of at most `perChunk`
 * events each, in order, so the page can leave whole chunks unrendered while
 * they are off screen (content-visibility), and the browser tracks 125
 * chunks of a 5,000-event story instead of 5,000 sections. A chunk starts at
 * an <Event> (or an element holding some), so prose between events stays
 * with the event before it, and the prose before the first event opens the
 * first chunk. A chunk never spans two pages of a long story: each is marked
 * with the page of its first event (lib/content/story-pages.ts), counted as
 * the collector numbers events, and a page shows only its own chunks. (An
 * element holding several events goes whole to the page of its first.)
 * Positions of the wrapped nodes are kept: errors still point into the file
 * as written.
 */
export function chunkArticle(tree: Root, perChunk = EVENTS_PER_CHUNK, perPage = EVENTS_PER_PAGE): void {
  const kept: RootContent[] = []
  const chunks: { children: RootContent[]; events: number; page: number }[] = []
  let seen = 0
  for (const node of tree.children) {
    if (ROOT_ONLY.has(node.type)) {
      kept.push(node)
      continue
    }
    const events = eventsIn(node)
    // The page of the node's first event (or, for prose, of the next one).
    const page = pageOfChunk(seen, perPage)
    let chunk = chunks[chunks.length - 1]
    if (!chunk || (events > 0 && (chunk.events >= perChunk || page !== chunk.page))) chunks.push((chunk = { children: [], events: 0, page }))
    chunk.children.push(node)
    chunk.events += events
    seen += events
  }
  tree.children = [
    ...kept,
    ...chunks.map(
      (c): MdxJsxFlowElement => ({
        type: 'mdxJsxFlowElement',
        name: CHUNK_COMPONENT,
        attributes: [
          { type: 'mdxJsxAttribute', name: CHUNK_EVENTS_PROP, value: String(c.events) },
          { type: 'mdxJsxAttribute', name: CHUNK_PAGE_PROP, value: String(c.page) },
        ],
        children: c.children as MdxJsxFlowElement['children'],
      }),
    ),
  ]
}

/** chunkArticle as a remark plugin, for mdx-bundler's remarkPlugins (after the collector, which reads the file as written). */
export function remarkChunks() {
  return (tree: Root) => chunkArticle(tree)
}
