import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { test } from 'node:test'
import { inlineScriptHashes } from './inline-scripts.mjs'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

test('every inline script is hashed over its exact text, once', () => {
  const html = `<head><script>a()</script></head><body><script id="_R_">self.__next_f.push([1,"x"])</script><script>a()</script><script type="module">b()</script></body>`
  assert.deepEqual(inlineScriptHashes(html), [sha('a()'), sha('self.__next_f.push([1,"x"])'), sha('b()')])
})

test('external scripts and data blocks are not inline scripts', () => {
  const html = `<script src="/_next/static/a.js" async=""></script><script type="application/json" id="p">{"a":1}</script><script type="application/ld+json">{}</script>`
  assert.deepEqual(inlineScriptHashes(html), [])
})

test('whitespace and non-ASCII text are hashed as written (UTF-8)', () => {
  assert.deepEqual(inlineScriptHashes('<script>\n  t("Лавров")\n</script>'), [sha('\n  t("Лавров")\n')])
})
