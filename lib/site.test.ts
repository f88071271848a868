import assert from 'node:assert/strict'
import { test } from 'node:test'
import { siteLanguage } from './site'

test('the site speaks English when no language is set', () => {
  assert.equal(siteLanguage({}), 'en')
  assert.equal(siteLanguage({ DATELINE_SITE_LANGUAGE: '  ' }), 'en')
})

test('the site language is the configured tag, written the canonical way', () => {
  assert.equal(siteLanguage({ DATELINE_SITE_LANGUAGE: 'ru' }), 'ru')
  assert.equal(siteLanguage({ DATELINE_SITE_LANGUAGE: 'es-mx' }), 'es-MX')
  assert.equal(siteLanguage({ DATELINE_SITE_LANGUAGE: ' AR ' }), 'ar')
})

test('a value that is no language tag stops the build with what was found', () => {
  assert.throws(() => siteLanguage({ DATELINE_SITE_LANGUAGE: 'english please' }), /BCP 47.*"english please"/)
})
