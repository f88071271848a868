import { test } from 'node:test'
import assert from 'node:assert/strict'
import { en } from './messages/en'
import { MESSAGES, baseLanguage, directionOf, fill, messagesFor, plural, type Messages } from './index'

type Tree = { [key: string]: string | Tree }

/** Every leaf of a messages tree, by its dotted path. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

const isPlural = (path: string) => path.startsWith('counts.')
const pluralPaths = Object.keys(en.counts).map((k) => `counts.${k}`)
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const english = leaves(en as unknown as Tree)

for (const [language, messages] of Object.entries(MESSAGES)) {
  const own = leaves(messages as unknown as Tree)

  test(`${language} has every message English has, and no other`, () => {
    const expected = [...english.keys()].filter((k) => !isPlural(k))
    const actual = [...own.keys()].filter((k) => !isPlural(k))
    assert.deepEqual(actual.sort(), expected.sort())
  })

  test(`${language} fills in the same {names} as English`, () => {
    for (const [key, text] of english) if (!isPlural(key)) assert.deepEqual(placeholders(own.get(key)!), placeholders(text), key)
  })

  test(`${language} gives every plural form its language has (Intl.PluralRules)`, () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
    for (const path of pluralPaths) {
      const forms = (messages.counts as Record<string, Record<string, string>>)[path.slice('counts.'.length)]!
      for (const category of categories) assert.ok(forms[category], `${path}.${category}`)
      for (const category of Object.keys(forms)) assert.ok(categories.includes(category as Intl.LDMLPluralRule), `${path}.${category} is not a form of ${language}`)
    }
  })

  test(`${language} has no empty message`, () => {
    for (const [key, text] of own) assert.ok(text.trim().length > 0 || key.endsWith('opensInNewTab'), key)
  })
}

test('Russian counts events in its three forms', () => {
  const events = MESSAGES.ru!.counts.events
  assert.deepEqual([1, 2, 5, 21, 22, 25, 11].map((n) => plural(events, n, 'ru')), ['1 событие', '2 события', '5 событий', '21 событие', '22 события', '25 событий', '11 событий'])
})

test('Arabic counts events in its six forms', () => {
  const events = MESSAGES.ar!.counts.events
  const latn = 'ar-u-nu-latn'
  assert.deepEqual([0, 1, 2, 3, 11, 100].map((n) => plural(events, n, latn)), ['لا أحداث', 'حدث واحد', 'حدثان', '3 أحداث', '11 حدثًا', '100 حدث'])
})

test('English and Spanish say one and many', () => {
  assert.equal(plural(en.counts.quotes, 1, 'en'), '1 quote')
  assert.equal(plural(en.counts.quotes, 3, 'en'), '3 quotes')
  assert.equal(plural(MESSAGES.es!.counts.events, 1, 'es-MX'), '1 acontecimiento')
  assert.equal(plural(MESSAGES.es!.counts.events, 1200, 'es'), '1200 acontecimientos')
})

test('a count is written with the numbers of its locale', () => {
  assert.equal(plural(en.counts.events, 12_000, 'en'), '12,000 events')
  assert.equal(plural(MESSAGES.ru!.counts.events, 12_000, 'ru'), '12\u00a0000 событий')
})

test('fill puts values in their places and leaves unknown names', () => {
  assert.equal(fill('{title} and {n} more', { title: 'Arrest', n: 2 }), 'Arrest and 2 more')
  assert.equal(fill('{a} {b}', { a: 'x' }), 'x {b}')
})

test('a regional language falls back to its base language, an unknown one to English', () => {
  assert.equal(baseLanguage('es-MX'), 'es')
  assert.equal(messagesFor('es-MX'), MESSAGES.es)
  assert.equal(messagesFor('fr'), en)
  assert.equal(messagesFor(''), en)
})

test('Arabic, Hebrew, Persian and Urdu are written right to left; the rest left to right', () => {
  assert.deepEqual(['ar', 'he', 'fa-IR', 'ur', 'en', 'ru', 'es-MX'].map(directionOf), ['rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr'])
})

// Types, checked by `npm run typecheck`: a language without a key does not compile.
// @ts-expect-error -- `counts` (and everything else) is missing
export const incomplete: Messages = { story: en.story }
