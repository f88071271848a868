import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { formatError } from './errors'
import { listSlugs, loadTimelineFile } from './load.server'
import type { Timeline } from './model'
import { checkTranslations, languageAlternates, storyVersions, versionsOfEach, oneVersionEach } from './translations'

const story = (slug: string, language: string, translationOf?: string) => ({ slug, title: slug, language, ...(translationOf ? { translationOf } : {}) })
const original = story('swap', 'en')
const es = story('swap-es', 'es', 'swap')
const ru = story('swap-ru', 'ru', 'swap')
const other = story('other', 'en')
const url = (slug: string) => `https://example.org/timelines/${slug}`
const slugs = (l: { slug: string }[]) => l.map((s) => s.slug)

test('an original lists itself first, then its translations by language', () => {
  const v = storyVersions(original, [ru, other, es, original])
  assert.deepEqual(slugs(v.versions), ['swap', 'swap-es', 'swap-ru'])
  assert.equal(v.original, original)
})

test('a translation finds its original and the other translations of it', () => {
  const v = storyVersions(es, [ru, other, es, original])
  assert.deepEqual(slugs(v.versions), ['swap', 'swap-es', 'swap-ru'])
  assert.equal(v.original?.slug, 'swap')
})

test('a version left out of the list (a draft, an embargoed story) is never among the versions', () => {
  assert.deepEqual(slugs(storyVersions(original, [original, es]).versions), ['swap', 'swap-es'])
  const withoutOriginal = storyVersions(es, [es, ru])
  assert.deepEqual(slugs(withoutOriginal.versions), ['swap-es', 'swap-ru'])
  assert.equal(withoutOriginal.original, undefined)
})

test('a story with no translation has only itself', () => {
  assert.deepEqual(slugs(storyVersions(other, [original, es, other]).versions), ['other'])
})

test('the versions of each story at once are those of each story alone', () => {
  const all = [ru, other, es, original]
  const each = versionsOfEach(all)
  for (const s of all) assert.deepEqual(each.get(s.slug), storyVersions(s, all), s.slug)
})

test('alternates name every version by language, this page included, and x-default the original', () => {
  assert.deepEqual(languageAlternates(storyVersions(es, [original, es, ru]), url), {
    en: url('swap'),
    es: url('swap-es'),
    ru: url('swap-ru'),
    'x-default': url('swap'),
  })
})

test('alternates without the original carry no x-default', () => {
  assert.deepEqual(languageAlternates(storyVersions(es, [es, ru]), url), { es: url('swap-es'), ru: url('swap-ru') })
})

test('a story alone in its language has no alternates at all', () => {
  assert.deepEqual(languageAlternates(storyVersions(other, [other, original, es]), url), {})
  assert.deepEqual(languageAlternates(storyVersions(es, [es]), url), {})
})

test('a language is named once in the alternates, by the first version in it', () => {
  const again = story('swap-es-2', 'ES', 'swap')
  assert.deepEqual(Object.keys(languageAlternates(storyVersions(original, [original, es, again]), url)), ['en', 'es', 'x-default'])
})

// One fixture folder where each translation but one has one mistake, so each message is pinned word for word.
const dir = path.join(import.meta.dirname, 'fixtures', 'translations')
const rel = (name: string) => path.relative(process.cwd(), path.join(dir, `${name}.mdx`))

async function loadDir(): Promise<{ timelines: Timeline[]; slugs: string[] }> {
  const all = await listSlugs(dir)
  const timelines: Timeline[] = []
  for (const slug of all) {
    const r = await loadTimelineFile(path.join(dir, `${slug}.mdx`), slug, { compile: false })
    assert.ok(r.ok, `expected ${slug} to load`)
    if (r.ok) timelines.push(r.timeline)
  }
  return { timelines, slugs: all }
}

test('translationOf is checked against every story: missing, same language, a translation, a language twice', async () => {
  const { timelines, slugs: known } = await loadDir()
  assert.equal(
    checkTranslations(timelines, known).map(formatError).join('\n'),
    `${rel('summit-en')}:6:1  a translation in the same language as its original (en)
    found:    "summit"
    expected: a \`language:\` other than en, or no translationOf
${rel('summit-es-again')}:6:1  a second translation of \`summit\` into es
    found:    "summit"
    expected: one story per language
    hint:     ${rel('summit-es')} already translates it into es
${rel('summit-fr')}:6:1  \`summit-es\` is itself a translation, of \`summit\`
    found:    "summit-es"
    expected: the slug of the original story
    hint:     write translationOf: summit
${rel('summit-ru')}:6:1  translation of a missing timeline \`sumit\`
    found:    "sumit"
    expected: the slug of a file in content/timelines
    hint:     did you mean \`summit\`?`,
  )
})

test('an original whose file failed to load does not make its translations wrong too', async () => {
  const { timelines, slugs: known } = await loadDir()
  const withoutOriginal = timelines.filter((t) => t.slug !== 'summit')
  assert.deepEqual(
    checkTranslations(withoutOriginal, known).filter((e) => e.file === rel('summit-es')),
    [],
  )
})

test('lists show one version of each story: the reader’s language, else the original; the others named beside it', () => {
  const en = { slug: 'swap', title: 'Swap', language: 'en' }
  const es = { slug: 'swap-es', title: 'Canje', language: 'es', translationOf: 'swap' }
  const fr = { slug: 'swap-fr', title: 'Échange', language: 'fr', translationOf: 'swap' }
  const alone = { slug: 'other', title: 'Other', language: 'ru' }
  const all = [en, alone, es, fr]
  assert.deepEqual(
    oneVersionEach(all, 'en').map(({ story, others }) => [story.slug, others.map((o) => o.slug)]),
    [['swap', ['swap-es', 'swap-fr']], ['other', []]],
  )
  assert.deepEqual(
    oneVersionEach(all, 'es-MX').map(({ story, others }) => [story.slug, others.map((o) => o.slug)]),
    [['other', []], ['swap-es', ['swap', 'swap-fr']]],
  )
  // A translation whose original the list does not hold (withheld) stands for its story.
  assert.deepEqual(oneVersionEach([es, fr], 'de').map(({ story }) => story.slug), ['swap-es'])
})
