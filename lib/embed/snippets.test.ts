import assert from 'node:assert/strict'
import { test } from 'node:test'
import { iframeSnippet, scriptSnippet, slugOfUrl, widgetUrl } from './snippets'

const ORIGIN = 'https://dateline.example'

test('the widget URL carries known parameters in a stable order and drops the rest', () => {
  assert.equal(widgetUrl(ORIGIN, 'a-story', { hosthash: '1', theme: 'dark', evil: 'x', tags: '' }), `${ORIGIN}/embed/a-story?theme=dark&hosthash=1`)
})

test('a hash for the widget is encoded after the query', () => {
  assert.equal(widgetUrl(ORIGIN, 'a-story', {}, 'talks-begin'), `${ORIGIN}/embed/a-story#talks-begin`)
})

test('parameter values are URL-encoded, never raw', () => {
  assert.equal(widgetUrl(ORIGIN, 'a', { tags: 'war & peace' }), `${ORIGIN}/embed/a?tags=war+%26+peace`)
})

test('story and widget addresses on our origin name a slug; other origins and paths do not', () => {
  assert.equal(slugOfUrl(`${ORIGIN}/timelines/a-story`, ORIGIN), 'a-story')
  assert.equal(slugOfUrl('/embed/a-story/', ORIGIN), 'a-story')
  assert.equal(slugOfUrl('https://evil.example/timelines/a-story', ORIGIN), null)
  assert.equal(slugOfUrl(`${ORIGIN}/about`, ORIGIN), null)
  assert.equal(slugOfUrl('javascript:alert(1)', ORIGIN), null)
})

test('the iframe snippet escapes the title and names the frame for screen readers', () => {
  const html = iframeSnippet(ORIGIN, 'a', 'Us "and" <them>', { theme: 'dark' })
  assert.ok(html.includes('title="Timeline: Us &quot;and&quot; &lt;them&gt;"'))
  assert.ok(html.includes(`src="${ORIGIN}/embed/a?theme=dark"`))
})

test('the script snippet writes options as data attributes, escaped', () => {
  assert.equal(
    scriptSnippet(ORIGIN, 'a', { tags: 'x"y', hosthash: '1' }),
    `<div data-dateline="a" data-tags="x&quot;y" data-hosthash="1"></div>\n<script src="${ORIGIN}/embed.js" async></script>`,
  )
})

test('the script snippet can name the frame for screen readers', () => {
  assert.ok(scriptSnippet(ORIGIN, 'a', {}, 'Us & them').startsWith('<div data-dateline="a" data-title="Us &amp; them">'))
})
