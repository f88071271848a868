import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cssLinks, htmlLinks, sameOriginPath, xmlLinks } from './links'

const ORIGIN = 'https://news.example'
const PAGE = `${ORIGIN}/timelines/x`

test('links on the origin give their path, without query or fragment', () => {
  const html = `<a href="/timelines/y#e1">y</a><img src="${ORIGIN}/icon.svg?abc123"><link rel="stylesheet" href="/_next/static/css/a.css">`
  assert.deepEqual(htmlLinks(html, PAGE, ORIGIN).sort(), ['/_next/static/css/a.css', '/icon.svg', '/timelines/y'])
})

test('links elsewhere, fragments alone and non-http schemes are left out', () => {
  const html = `<a href="https://elsewhere.example/a">a</a><a href="#e2">e</a><a href="mailto:x@y">m</a><img src="data:,"><a href="javascript:void 0">j</a>`
  assert.deepEqual(htmlLinks(html, PAGE, ORIGIN), [])
})

test('meta content counts only when it is an absolute URL', () => {
  const html = `<meta name="viewport" content="width=device-width"><meta property="og:image" content="${ORIGIN}/timelines/x/opengraph-image?h=1">`
  assert.deepEqual(htmlLinks(html, PAGE, ORIGIN), ['/timelines/x/opengraph-image'])
})

test('entities in attributes are decoded and srcset candidates split', () => {
  const html = `<img srcset="/a.png 1x, /b.png 2x" src="/c.png?x=1&amp;y=2">`
  assert.deepEqual(htmlLinks(html, PAGE, ORIGIN).sort(), ['/a.png', '/b.png', '/c.png'])
})

test('relative links resolve against the document', () => {
  assert.equal(sameOriginPath('opengraph-image', `${PAGE}/`, ORIGIN), '/timelines/x/opengraph-image')
})

test('a path whose escapes do not decode is no file', () => {
  assert.equal(sameOriginPath('/timelines/%zz', PAGE, ORIGIN), null)
})

test('stylesheets name fonts and pictures with url()', () => {
  assert.deepEqual(cssLinks(`@font-face{src:url(/f.woff2)}a{background:url("../m/p.svg")}`, `${ORIGIN}/_next/static/css/a.css`, ORIGIN).sort(), ['/_next/static/m/p.svg', '/f.woff2'])
})

test('sitemaps and feeds name pages in loc, link and href', () => {
  const xml = `<urlset><url><loc>${ORIGIN}/</loc></url><url><loc>${ORIGIN}/timelines/x</loc></url></urlset><link href="${ORIGIN}/atom.xml" rel="self"/>`
  assert.deepEqual(xmlLinks(xml, ORIGIN).sort(), ['/', '/atom.xml', '/timelines/x'])
})
