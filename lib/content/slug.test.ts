import assert from 'node:assert/strict'
import { test } from 'node:test'
import { idFromHash, isSlug, MAX_SLUG_LENGTH, slugFromSegment, slugify, slugInUrl, slugOfPath } from './slug'

test('a hash names an event id only when it looks like one', () => {
  assert.equal(idFromHash('#talks-begin'), 'talks-begin')
  assert.equal(idFromHash('talks-begin'), 'talks-begin')
  assert.equal(idFromHash('#talks%2Dbegin'), 'talks-begin')
  assert.equal(idFromHash(''), undefined)
  assert.equal(idFromHash('#'), undefined)
  assert.equal(idFromHash('#a b'), undefined)
  assert.equal(idFromHash('#-leading-hyphen'), undefined)
})

test('an undecodable fragment is no id, never an error', () => {
  for (const hash of ['#100%', '#%', '#50%', '#%E0%A4%A', '#%zz', '#%ff%fe', '#%uD800']) assert.equal(idFromHash(hash), undefined, hash)
})

test('slugs and ids are lowercase letters of any script, digits and hyphens', () => {
  for (const ok of ['talks-begin', '2022-02-24', 'обмен-пленными', 'تبادل-الأسرى', 'σύνοδος', '交换囚犯', 'प्रधानमंत्री', 'straße']) assert.ok(isSlug(ok), ok)
  for (const bad of ['Talks', 'Обмен', 'a b', '-a', 'a_b', 'a/b', 'a.b', '', 'x'.repeat(129)]) assert.equal(isSlug(bad), false, bad)
})

test('a slug has one spelling: decomposed text is no slug until composed', () => {
  const decomposed = 'йод'.normalize('NFD')
  assert.notEqual(decomposed, 'йод')
  assert.equal(isSlug(decomposed), false)
  assert.equal(slugFromSegment(decomposed), 'йод')
})

test('slugify keeps letters of every script and folds only Latin accents', () => {
  assert.equal(slugify('Lavrov agrees to hear Blinken’s proposal'), 'lavrov-agrees-to-hear-blinkens-proposal')
  assert.equal(slugify('Café Zürich'), 'cafe-zurich')
  assert.equal(slugify('Обмен пленными: Лавров'), 'обмен-пленными-лавров')
  assert.equal(slugify('Йошкар-Ола'), 'йошкар-ола')
  assert.equal(slugify('تبادل الأسرى'), 'تبادل-الأسرى')
  assert.equal(slugify('Σύνοδος κορυφής'), 'σύνοδος-κορυφής')
  assert.equal(slugify('प्रधानमंत्री'), 'प्रधानमंत्री')
  assert.equal(slugify('ﬁnal ＡＢＣ'), 'final-abc')
  assert.equal(slugify('!!!'), '')
})

test('slugify never returns more than the longest slug', () => {
  const long = slugify('обмен '.repeat(60))
  assert.ok([...long].length <= MAX_SLUG_LENGTH)
  assert.ok(isSlug(long))
})

test('a URL segment names its slug percent-encoded or not', () => {
  assert.equal(slugFromSegment('%D0%BE%D0%B1%D0%BC%D0%B5%D0%BD'), 'обмен')
  assert.equal(slugFromSegment('обмен'), 'обмен')
  assert.equal(slugFromSegment('%zz'), undefined)
  assert.equal(slugFromSegment('..%2Fetc'), undefined)
  assert.equal(slugFromSegment('%D0%9E%D0%B1%D0%BC%D0%B5%D0%BD'), undefined)
})

test('an id in any script comes back from its hash', () => {
  assert.equal(idFromHash('#%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B'), 'переговоры')
  assert.equal(idFromHash('#переговоры'), 'переговоры')
})

test('story and widget paths name their slug', () => {
  assert.equal(slugOfPath('/timelines/%D0%BE%D0%B1%D0%BC%D0%B5%D0%BD'), 'обмен')
  assert.equal(slugOfPath('/embed/summit/'), 'summit')
  assert.equal(slugOfPath('/timelines/a/b'), undefined)
  assert.equal(slugOfPath('/tags/summit'), undefined)
  assert.equal(slugInUrl('обмен'), '%D0%BE%D0%B1%D0%BC%D0%B5%D0%BD')
  assert.equal(slugInUrl('summit-2021'), 'summit-2021')
})
