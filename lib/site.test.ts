import assert from 'node:assert/strict'
import { test } from 'node:test'
import { INDEX_PAGE_SIZE, indexPageSize, siteLanguage } from './site'

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

test('the index page size is a whole number of stories from 1 to 1,000, or the default', () => {
  assert.equal(indexPageSize({}), INDEX_PAGE_SIZE)
  assert.equal(indexPageSize({ DATELINE_INDEX_PAGE_SIZE: ' ' }), INDEX_PAGE_SIZE)
  assert.equal(indexPageSize({ DATELINE_INDEX_PAGE_SIZE: '6' }), 6)
  assert.equal(indexPageSize({ DATELINE_INDEX_PAGE_SIZE: '1000' }), 1_000)
  for (const bad of ['0', '1001', '2.5', '-3', '06', 'ten', '1e3']) assert.throws(() => indexPageSize({ DATELINE_INDEX_PAGE_SIZE: bad }), /DATELINE_INDEX_PAGE_SIZE must be a whole number/, bad)
})
