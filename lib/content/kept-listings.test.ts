import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'

// What a production process (a build's page workers, `next start`) keeps between listings. Set before the modules
// read them: this file runs in a process of its own.
const dir = mkdtempSync(path.join(tmpdir(), 'dateline-listings-'))
cpSync(path.join(import.meta.dirname, 'fixtures', 'publishing'), dir, { recursive: true })
Object.assign(process.env, { NODE_ENV: 'production', DATELINE_CONTENT_DIR: dir, DATELINE_MDX_CACHE_DIR: path.join(dir, '.cache') })
const { loadTimelineFile } = await import('./load.server')
const { everyTag } = await import('./tagged.server')

const later = (file: string, seconds: number) => utimesSync(file, new Date(), new Date(Date.now() + seconds * 1000))

test.after(() => rmSync(dir, { recursive: true, force: true }))

test('a kept story is loaded again only when its file changes, and a file touched with the same text keeps its result', async () => {
  const file = path.join(dir, 'public-story.mdx')
  const first = await loadTimelineFile(file)
  assert.equal(await loadTimelineFile(file), first)
  later(file, 5)
  assert.equal(await loadTimelineFile(file), first, 'same text, same result')
  writeFileSync(file, readFileSync(file, 'utf8').replace('title: A public story', 'title: A public story, retitled'))
  later(file, 10)
  const edited = await loadTimelineFile(file)
  assert.notEqual(edited, first)
  assert.ok(edited.ok && edited.timeline.meta.title === 'A public story, retitled')
})

test('every tag is built once for the same public stories, and again when one of them changes', async () => {
  const tags = await everyTag()
  assert.equal(await everyTag(), tags)
  const file = path.join(dir, 'earlier-story.mdx')
  const text = readFileSync(file, 'utf8')
  assert.match(text, /^title: /m)
  writeFileSync(file, text.replace(/^title: (.*)$/m, 'title: $1\ntags: [A new tag]'))
  later(file, 20)
  const changed = await everyTag()
  assert.notEqual(changed, tags)
  assert.ok(changed.some((t) => t.key === 'a-new-tag' && t.listed.length === 1 && t.listed[0]!.slug === 'earlier-story'))
  assert.ok(!tags.some((t) => t.key === 'a-new-tag'))
})
