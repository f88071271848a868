import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Element } from 'hast'
import { markdownToHast } from './markdown'

const elements = (node: { children?: unknown[] }): Element[] =>
  (node.children ?? []).flatMap((c) => {
    const e = c as Element
    return e.type === 'element' ? [e, ...elements(e)] : []
  })

test('headings get unique ids made from their text', () => {
  const { headings } = markdownToHast('# Writing a timeline\n\n## `<Event>`\n\n## Dates\n\n## Dates\n')
  assert.deepEqual(
    headings.map((h) => [h.depth, h.id]),
    [
      [1, 'writing-a-timeline'],
      [2, 'event'],
      [2, 'dates'],
      [2, 'dates-1'],
    ],
  )
})

test('GitHub tables become table elements', () => {
  const { tree } = markdownToHast('| a | b |\n| --- | --- |\n| 1 | 2 |\n')
  assert.ok(elements(tree).some((e) => e.tagName === 'table'))
  assert.equal(elements(tree).filter((e) => e.tagName === 'td').length, 2)
})

test('links to repository files with a site page are pointed at the page', () => {
  const { tree } = markdownToHast('[arch](architecture.md#layout) [site](https://example.com) [other](../README.md)', { 'architecture.md': '/docs/architecture' })
  assert.deepEqual(
    elements(tree)
      .filter((e) => e.tagName === 'a')
      .map((e) => e.properties.href),
    ['/docs/architecture#layout', 'https://example.com', '../README.md'],
  )
})

test('raw HTML in the Markdown is not rendered as markup', () => {
  const { tree } = markdownToHast('before <script>alert(1)</script> after\n')
  assert.ok(!elements(tree).some((e) => e.tagName === 'script'))
})

test('code blocks and tables, which may scroll sideways, take keyboard focus', () => {
  const { tree } = markdownToHast('```\nnpm test\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n')
  const tags = tree.children.flatMap((c) => (c.type === 'element' ? [[c.tagName, c.properties?.tabIndex]] : []))
  assert.deepEqual(tags, [
    ['pre', 0],
    ['table', 0],
  ])
})
