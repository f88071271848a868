import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { deleteExported, forgetRecord, readRecord, storyInputs, writeRecord } from './export-record'

const temp = () => mkdtempSync(path.join(tmpdir(), 'dateline-export-record-'))

test('deleting a story\'s last file deletes the folders it leaves empty, so a host answers 404 there', () => {
  const out = temp()
  mkdirSync(path.join(out, 'timelines', 'gone'), { recursive: true })
  writeFileSync(path.join(out, 'timelines', 'gone', 'index.html'), 'x')
  writeFileSync(path.join(out, 'timelines', 'kept.html'), 'x')
  deleteExported(out, 'timelines/gone/index.html')
  assert.equal(existsSync(path.join(out, 'timelines', 'gone')), false)
  assert.equal(existsSync(path.join(out, 'timelines', 'kept.html')), true)
})

test('deleting never removes the export folder itself', () => {
  const out = temp()
  writeFileSync(path.join(out, 'index.html'), 'x')
  deleteExported(out, 'index.html')
  assert.equal(existsSync(out), true)
})

test('a record written is read back; a forgotten or unreadable one is no record', () => {
  const dist = temp()
  const record = { code: 'c', origin: 'https://x.example', out: '/out', stories: { a: 'k' }, files: { 'a.json': { path: '/a.json', type: 'application/json', headers: {} } } }
  writeRecord(dist, record)
  assert.deepEqual(readRecord(dist), record)
  forgetRecord(dist)
  assert.equal(readRecord(dist), undefined)
  writeRecord(dist, { ...record, stories: { a: 1 } as unknown as Record<string, string> })
  assert.equal(readRecord(dist), undefined)
})

test('story inputs carry the frontmatter fields that link stories, and nothing else is parsed', async () => {
  const dir = temp()
  writeFileSync(path.join(dir, 'a.mdx'), '---\ntitle: A\nseries: talks\n---\n\nText')
  writeFileSync(path.join(dir, 'a-es.mdx'), '---\ntitle: A\ntranslationOf: a\n---\n\n{not valid MDX')
  const inputs = await storyInputs(dir)
  assert.deepEqual(
    inputs.map(({ slug, series, translationOf }) => ({ slug, series, translationOf })),
    [
      { slug: 'a', series: 'talks', translationOf: undefined },
      { slug: 'a-es', series: undefined, translationOf: 'a' },
    ],
  )
})
