import assert from 'node:assert/strict'
import { test } from 'node:test'
import { en } from '../i18n/messages/en'
import { ENGLISH_LAYOUT, layoutTexts } from './layout-texts'

test("layout's default words are English's messages, word for word", () => {
  assert.deepEqual(ENGLISH_LAYOUT, layoutTexts(en))
})
