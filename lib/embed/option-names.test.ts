import assert from 'node:assert/strict'
import { test } from 'node:test'
import { namesEmbedOption } from './option-names'

test('a query naming an option names one, with or without its question mark', () => {
  assert.equal(namesEmbedOption('?theme=dark'), true)
  assert.equal(namesEmbedOption('start=x&utm_source=y'), true)
})

test('no query, or only other parameters, names none', () => {
  assert.equal(namesEmbedOption(''), false)
  assert.equal(namesEmbedOption('?utm_source=newsletter'), false)
})

test('names are spelt as the parser reads them', () => {
  assert.equal(namesEmbedOption('?THEME=dark'), false)
})

test('an invalid value still names the option (the parser decides what it is worth)', () => {
  assert.equal(namesEmbedOption('?theme=purple'), true)
})
