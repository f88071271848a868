import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { publicVersions } from './versions.server'

const story = (title: string, language: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: A story.\npublished: 2024-01-15\nlanguage: ${language}\n${extra}---\n\n<Event date="2022-06-01" title="Summit" />\n`

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-versions-'))
  for (const [slug, text] of Object.entries(files)) writeFileSync(path.join(dir, `${slug}.mdx`), text)
  return dir
}

const original = { slug: 'summit', title: 'Summit', language: 'en' }
const now = new Date('2025-01-01T00:00:00Z')

test('a draft or embargoed translation is not a version the public site shows', async () => {
  const dir = folder({
    summit: story('Summit', 'en'),
    'summit-es': story('Cumbre', 'es', 'translationOf: summit\n'),
    'summit-fr': story('Sommet', 'fr', 'translationOf: summit\ndraft: true\n'),
    'summit-ru': story('Саммит', 'ru', 'translationOf: summit\npublished: 2030-01-01\n').replace('published: 2024-01-15\n', ''),
  })
  try {
    const shown = await publicVersions(original, dir, { now, includeUnpublished: false })
    assert.deepEqual(shown.versions.map((v) => v.slug), ['summit', 'summit-es'])
    const all = await publicVersions(original, dir, { now, includeUnpublished: true })
    assert.deepEqual(all.versions.map((v) => v.slug), ['summit', 'summit-es', 'summit-fr', 'summit-ru'])
  } finally {
    rmSync(dir, { recursive: true })
  }
})

test('a file whose frontmatter is broken is nobody’s version', async () => {
  const dir = folder({ summit: story('Summit', 'en'), 'summit-es': story('Cumbre', 'es', 'translationOf: summit\nlanguage: [es]\n') })
  try {
    assert.deepEqual((await publicVersions(original, dir, { now, includeUnpublished: false })).versions.map((v) => v.slug), ['summit'])
  } finally {
    rmSync(dir, { recursive: true })
  }
})
