import assert from 'node:assert/strict'
import { test } from 'node:test'
import { generateStory } from '../test-support/synthetic-story'
import { drawings } from '../layout/drawings'
import { layoutTexts } from '../layout/layout-texts'
import { messagesFor } from '../i18n'
import { cacheKey } from './disk-cache.server'

// The cache keeps drawings as JSON (drawings.server.ts): only a value JSON carries exactly may be kept so.
test('a story’s drawings come back from JSON unchanged', () => {
  const story = generateStory({ events: 300, seed: 7 })
  const drawn = drawings(story.events, story.quotes, 'de', layoutTexts(messagesFor('de')))
  assert.deepStrictEqual(JSON.parse(JSON.stringify(drawn)), drawn)
})

test('cacheKey tells apart parts that join to the same text', () => {
  assert.notEqual(cacheKey(['ab', 'c']), cacheKey(['a', 'bc']))
  assert.equal(cacheKey(['ab', 'c']), cacheKey(['ab', 'c']))
  assert.match(cacheKey([1, 'x']), /^[0-9a-f]{32}$/)
})
