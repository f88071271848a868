import assert from 'node:assert/strict'
import { test } from 'node:test'
import { escapeHtml, scriptJson, widgetDocument } from './document'

const base = { lang: 'en', dir: 'ltr' as const, theme: 'auto' as const, title: 'A story', body: '<p>x</p>', props: {}, cssHref: '/embed-assets/w.css', scriptSrc: '/embed-assets/w.js' }

test('markup characters in text are escaped', () => {
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
})

test('JSON in a script element cannot close it or open a comment', () => {
  const json = scriptJson({ title: '</script><script>alert(1)</script><!--', sep: '\u2028' })
  assert.ok(!json.includes('</script'))
  assert.ok(!json.includes('<!--'))
  assert.ok(!json.includes('\u2028'))
  assert.deepEqual(JSON.parse(json), { title: '</script><script>alert(1)</script><!--', sep: '\u2028' })
})

test('a hostile title is escaped in the document title', () => {
  const html = widgetDocument({ ...base, title: '</title><script>alert(1)</script>' })
  assert.ok(!html.includes('<script>alert(1)'))
  assert.ok(html.includes('&lt;/title&gt;&lt;script&gt;'))
})

test('auto theme leaves the choice to the system; light and dark force it', () => {
  assert.ok(!widgetDocument(base).includes('data-theme'))
  assert.ok(widgetDocument({ ...base, theme: 'dark' }).includes('<html lang="en" dir="ltr" data-theme="dark">'))
})

test('the language attribute is escaped even though options validated it', () => {
  assert.ok(widgetDocument({ ...base, lang: 'en"><script>' }).startsWith('<!doctype html><html lang="en&quot;&gt;&lt;script&gt;"'))
})

test('a widget in a right-to-left language says so on its document', () => {
  assert.ok(widgetDocument({ ...base, lang: 'ar', dir: 'rtl' }).startsWith('<!doctype html><html lang="ar" dir="rtl">'))
})
