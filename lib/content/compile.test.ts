import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { writeStoryMdx } from '../test-support/synthetic-mdx'
import { generateStory } from '../test-support/synthetic-story'

// A cache folder of this test's own, set before the cache module reads it.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'dateline-compile-'))
process.env.DATELINE_MDX_CACHE_DIR = cacheDir
const { compileMdx, parseMdxCached } = await import('./compile.server')

test.after(() => rmSync(cacheDir, { recursive: true, force: true }))

function storySource(seed: number): string {
  const file = path.join(cacheDir, `story-${seed}.mdx`)
  writeStoryMdx(generateStory({ events: 60, seed }), file, { title: 'A story', language: 'en', published: '2024-01-02', tags: ['t'] })
  return readFileSync(file, 'utf8')
}

test('a parse that missed the cache hands its syntax tree on, so the compiler need not parse again', async () => {
  const parsed = await parseMdxCached(storySource(1), 's.mdx', { tree: true })
  assert.ok(parsed.ok && parsed.tree?.type === 'root')
  const again = await parseMdxCached(storySource(1), 's.mdx', { tree: true })
  assert.ok(again.ok && again.tree === undefined, 'a cache hit has no tree')
})

test('a story compiled from the check’s tree is the story the bundler compiles from the text', async () => {
  const source = storySource(2)
  // No cache: parsed here, the tree handed to the bundler.
  const fromTree = await compileMdx(source, 's.mdx', { cache: false })
  // The parse cached first: the bundler parses the text itself.
  await parseMdxCached(source, 's.mdx')
  const fromText = await compileMdx(source, 's.mdx')
  assert.ok(fromTree.ok && fromText.ok)
  assert.equal(fromTree.value.code, fromText.value.code)
  assert.deepStrictEqual(fromTree.value.collected, fromText.value.collected)
})

test('code is still refused by the compiler’s own plugin when the tree is handed on', async () => {
  const result = await compileMdx('---\ntitle: x\n---\n\nText {globalThis.x = 1}\n', 's.mdx', { cache: false })
  assert.ok(result.ok)
  // The check stops a story with code before the bundler: its problems are collected, and no code is made.
  assert.ok(result.value.collected.problems.length > 0)
  assert.equal(result.value.code, '')
})
