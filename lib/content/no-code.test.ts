import assert from 'node:assert/strict'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { getMDXComponent } from 'mdx-bundler/client'
import { createElement, Fragment, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Root } from 'mdast'
import { formatError } from './errors'
import { loadTimelineFile, loadTimelineSource } from './load.server'
import { isComment, remarkNoCode } from './no-code'

// The fixture's every expression would leave a trace if it ran: a global set, a file written.
const fixture = path.join(import.meta.dirname, 'fixtures', 'checks', 'expressions.mdx')
const witness = path.join(tmpdir(), 'dateline-evaluated.txt')
const evaluated = () => (globalThis as { __datelineEvaluated?: unknown }).__datelineEvaluated

/** What each error must point at, in file order: the `{`, the prop's name, the spread's brace, the `export`. */
const EXPECTED_AT = ['export const', '{process.env.HOME}', "{globalThis.__datelineEvaluated = 'text'}", '{(() => {', 'place={', 'href={', '{...(', 'date={']

test('code in a story is reported at each place it is written, by the check, the compiler and the studio alike', async () => {
  const source = readFileSync(fixture, 'utf8')
  const lines = source.split('\n')
  const results = [
    await loadTimelineFile(fixture, undefined, { compile: false }),
    await loadTimelineFile(fixture),
    await loadTimelineSource(source, 'draft.mdx', 'draft'),
  ]
  for (const r of results) {
    assert.equal(r.ok, false)
    if (r.ok) continue
    const written = r.errors.map((e) => lines[e.line - 1]!.slice(e.column - 1))
    assert.equal(written.length, EXPECTED_AT.length, r.errors.map(formatError).join('\n'))
    EXPECTED_AT.forEach((start, i) => assert.ok(written[i]!.startsWith(start), `error ${i + 1} points at ${JSON.stringify(written[i]!.slice(0, 20))}, not ${start}`))
  }
})

test('nothing in a refused story is evaluated: no global is set and no file is written', async () => {
  rmSync(witness, { force: true })
  delete (globalThis as { __datelineEvaluated?: unknown }).__datelineEvaluated
  const source = readFileSync(fixture, 'utf8')
  await loadTimelineFile(fixture, undefined, { compile: false })
  await loadTimelineFile(fixture)
  await loadTimelineSource(source, 'draft.mdx', 'draft')
  assert.equal(evaluated(), undefined)
  assert.equal(existsSync(witness), false)
})

/** Renders compiled story code the way the article does, with components that only pass their children through. */
function render(code: string): string {
  const pass = ({ children }: { children?: ReactNode }) => createElement(Fragment, null, children)
  const Article = getMDXComponent(code)
  return renderToStaticMarkup(createElement(Article, { components: { Event: pass, Quote: pass, ProseChunk: pass } }))
}

test('an MDX comment is allowed, renders nothing and is no part of an event’s text', async () => {
  const source = `---
title: A comment
summary: Comments are notes to the next writer.
published: 2024-05-01
---

{/* note for the editor */}

<Event date="2024-01-01" title="Talks">
Before {/* an inline note */}after.
</Event>
`
  const r = await loadTimelineSource(source, 'draft.mdx', 'draft')
  if (!r.ok) assert.fail(r.errors.map(formatError).join('\n'))
  assert.equal(r.timeline.events[0]!.text, 'Before after.')
  const html = render(r.timeline.code)
  assert.match(html, /Before\s*after\./)
  assert.doesNotMatch(html, /note/)
})

test('only block comments and white space make a comment', () => {
  for (const text of ['/* note */', ' /* a */ /* b */ ', '/**/', '/* a * b / c */']) assert.equal(isComment(text), true, text)
  for (const text of ['', ' ', '1', '/* a */ 1', '/* a */ 1 /* b */', '// note\n', '/* a *//', 'x /* a */', '/* unclosed']) assert.equal(isComment(text), false, text)
})

test('the compiler’s own plugin fails on code that would reach it, at the place of the first', async () => {
  const tree = unified().use(remarkParse).use(remarkMdx).parse('Text.\n\nA {/* fine */} and {globalThis.__datelineEvaluated = 1}.\n') as Root
  await assert.rejects(unified().use(remarkNoCode).run(tree), (error: { line?: number; column?: number; reason?: string }) => {
    assert.equal(error.reason, 'a JavaScript expression `{…}` is not allowed in a story')
    assert.deepEqual([error.line, error.column], [3, 20])
    return true
  })
  assert.equal(evaluated(), undefined)
})

test('<script> and other elements that run or load code are refused', async () => {
  const r = await loadTimelineSource('<script>globalThis.__datelineEvaluated = 1</script>\n\n<iframe src="https://example.com" />\n', 'draft.mdx', 'draft')
  assert.equal(r.ok, false)
  const refused = r.ok ? [] : r.errors.filter((e) => / is not allowed in a story$/.test(e.message)).map((e) => `${e.line}:${e.column} ${e.message}`)
  assert.deepEqual(refused, ['1:1 <script> is not allowed in a story', '3:1 <iframe> is not allowed in a story'])
})

test('a JSX name that reads a JavaScript value is refused', async () => {
  const r = await loadTimelineSource('Text <globalThis.process /> here.\n', 'draft.mdx', 'draft')
  assert.equal(r.ok, false)
  assert.ok(!r.ok && r.errors.some((e) => e.line === 1 && e.column === 6 && e.message === '`<globalThis.process>` names a JavaScript value, not an element'))
})

test('control: the same expression, compiled by mdx-bundler without the loader and rendered, does set the global', async () => {
  const { bundleMDX } = await import('mdx-bundler')
  const { code } = await bundleMDX({ source: "{globalThis.__datelineEvaluated = 'control'}\n" })
  render(code)
  assert.equal(evaluated(), 'control')
  delete (globalThis as { __datelineEvaluated?: unknown }).__datelineEvaluated
})
