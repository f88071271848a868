import assert from 'node:assert/strict'
import { test } from 'node:test'
import { languageName } from './language-name'

test('a language is named in itself, with a capital where its script has one', () => {
  assert.equal(languageName('es'), 'Español')
  assert.equal(languageName('en'), 'English')
  assert.equal(languageName('ru'), 'Русский')
  assert.equal(languageName('ar'), 'العربية')
})

test('a regional tag is named with its region, in that language', () => {
  assert.equal(languageName('es-MX'), 'Español de México')
})

test('a tag that is not a language comes back as written', () => {
  assert.equal(languageName('not a tag'), 'not a tag')
})
