import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { CHUNK_COMPONENT, chunkArticle } from './chunks'

const parse = (source: string) => unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).parse(source) as Root

const story = (events: number) =>
  [
    '---\ntitle: T\n---',
    'Intro paragraph.',
    ...Array.from({ length: events }, (_, i) => `<Event date="2020-01-${String((i % 28) + 1).padStart(2, '0')}" title="E${i}">\n\nBody ${i}.\n\n</Event>\n\nBetween ${i}.`),
  ].join('\n\n')

const chunksOf = (tree: Root) => tree.children.filter((n): n is MdxJsxFlowElement => n.type === 'mdxJsxFlowElement' && n.name === CHUNK_COMPONENT)
const eventsProp = (chunk: MdxJsxFlowElement) => chunk.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'events')?.value
const titleOf = (n: RootContent) => (n.type === 'mdxJsxFlowElement' ? n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title')?.value : undefined)

test('a long article becomes chunks of at most 40 events, each starting at an event, in order', () => {
  const tree = parse(story(100))
  const before = tree.children.slice(1)
  chunkArticle(tree)
  const chunks = chunksOf(tree)
  assert.deepEqual(chunks.map(eventsProp), ['40', '40', '20'])
  // Nothing lost, nothing reordered: the chunks hold exactly the content, in the same order.
  assert.deepEqual(
    chunks.flatMap((c) => c.children),
    before,
  )
  assert.equal(chunks[0]!.children[0]!.type, 'paragraph', 'the intro opens the first chunk')
  assert.equal(titleOf(chunks[1]!.children[0]!), 'E40')
  assert.equal(titleOf(chunks[2]!.children[0]!), 'E80')
  // The prose after an event stays with it, at the end of its chunk.
  const lastOfFirst = chunks[0]!.children.at(-1)!
  assert.equal(lastOfFirst.type, 'paragraph')
})

test('frontmatter and import/export lines stay at the top level', () => {
  const tree = parse(`---\ntitle: T\n---\n\nexport const x = 1\n\n${story(3).split('---\n\n')[1]}`)
  chunkArticle(tree)
  assert.deepEqual(
    tree.children.map((n) => n.type),
    ['yaml', 'mdxjsEsm', 'mdxJsxFlowElement'],
  )
  assert.equal(eventsProp(chunksOf(tree)[0]!), '3')
})

test('prose without events is one chunk; an empty file has none', () => {
  const prose = parse('One.\n\nTwo.')
  chunkArticle(prose)
  assert.deepEqual(chunksOf(prose).map(eventsProp), ['0'])
  assert.equal(chunksOf(prose)[0]!.children.length, 2)
  const empty = parse('---\ntitle: T\n---\n')
  chunkArticle(empty)
  assert.deepEqual(chunksOf(empty), [])
})

test('positions of the wrapped nodes are kept', () => {
  const tree = parse(story(2))
  chunkArticle(tree, 1)
  const second = chunksOf(tree)[1]!.children[0]!
  assert.equal(titleOf(second), 'E1')
  assert.equal(second.position?.start.line, 15)
})

const pageProp = (chunk: MdxJsxFlowElement) => chunk.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'page')?.value

test('a chunk never spans two pages: each holds the events of one page and is marked with it', () => {
  const tree = parse(story(100))
  chunkArticle(tree, 40, 30)
  const chunks = chunksOf(tree)
  assert.deepEqual(chunks.map(eventsProp), ['30', '30', '30', '10'])
  assert.deepEqual(chunks.map(pageProp), ['1', '2', '3', '4'])
  assert.equal(titleOf(chunks[1]!.children[0]!), 'E30')
})

test('pages longer than a chunk hold several chunks, all marked with the page', () => {
  const tree = parse(story(100))
  chunkArticle(tree, 20, 50)
  assert.deepEqual(chunksOf(tree).map(pageProp), ['1', '1', '1', '2', '2', '2'])
  assert.deepEqual(chunksOf(tree).map(eventsProp), ['20', '20', '10', '20', '20', '10'])
})

test('events inside another element are counted where the collector numbers them', () => {
  const event = (title: string) => `<Event date="2020" title="${title}">\n\nBody.\n\n</Event>`
  const tree = parse(['Intro.', `<div>\n\n${event('A')}\n\n${event('B')}\n\n</div>`, event('C')].join('\n\n'))
  chunkArticle(tree, 40, 2)
  assert.deepEqual(chunksOf(tree).map(eventsProp), ['2', '1'])
  assert.deepEqual(chunksOf(tree).map(pageProp), ['1', '2'])
})
