import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cacheKind, headersFile, headersForPath, parseHeadersFile, ruleHeaders, sourcePattern } from './headers'

test('/:path* matches the root and every path below it', () => {
  const p = sourcePattern('/:path*')
  for (const path of ['/', '/a', '/a/b.json']) assert.ok(p.test(path), path)
})

test('/api/:path* matches /api and below, not /apis', () => {
  const p = sourcePattern('/api/:path*')
  assert.ok(p.test('/api'))
  assert.ok(p.test('/api/v1/timelines.json'))
  assert.ok(!p.test('/apis'))
})

test('a named segment matches exactly one segment', () => {
  const p = sourcePattern('/timelines/:slug/opengraph-image')
  assert.ok(p.test('/timelines/x/opengraph-image'))
  assert.ok(!p.test('/timelines/x/y/opengraph-image'))
  assert.ok(!p.test('/timelines/opengraph-image'))
})

test('a raw group is a regular expression, lookahead included', () => {
  const p = sourcePattern('/((?!embed/).*)')
  assert.ok(p.test('/timelines/x'))
  assert.ok(!p.test('/embed/x'))
})

test('dots are literal', () => {
  assert.ok(!sourcePattern('/feed.xml').test('/feedxxml'))
})

test('later rules replace earlier values of the same header', () => {
  const rules = [
    { source: '/:path*', headers: [{ key: 'A', value: '1' }, { key: 'B', value: '1' }] },
    { source: '/embed/:path*', headers: [{ key: 'B', value: '2' }] },
  ]
  assert.deepEqual([...ruleHeaders('/embed/x', rules)], [['A', '1'], ['B', '2']])
  assert.deepEqual([...ruleHeaders('/x', rules)], [['A', '1'], ['B', '1']])
})

test('each kind of file gets its cache policy', () => {
  assert.equal(cacheKind('/_next/static/chunks/a.js', false), 'immutable')
  assert.equal(cacheKind('/embed-assets/widget-X.js', false), 'immutable')
  assert.equal(cacheKind('/timelines/x', true), 'page')
  assert.equal(cacheKind('/embed/x/', true), 'widget')
  assert.equal(cacheKind('/embed/x/source.json', false), 'data')
  assert.equal(cacheKind('/feed.xml', false), 'data')
  assert.equal(cacheKind('/timelines/x/opengraph-image', false), 'image')
  assert.equal(cacheKind('/embed.js', false), 'loader')
  assert.equal(cacheKind('/404.html', true), 'notFound')
})

test('_headers lists each path with its headers indented', () => {
  const text = headersFile([{ path: '/feed.xml', headers: new Map([['Cache-Control', 'public, max-age=300']]) }])
  assert.equal(text, '/feed.xml\n  Cache-Control: public, max-age=300\n')
})

test('a _headers file reads back as written', () => {
  const blocks = [
    { path: '/_next/static/*', headers: new Map([['Cache-Control', 'public, max-age=31536000, immutable']]) },
    { path: '/timelines/x', headers: new Map([['Content-Security-Policy', "default-src 'self'; script-src 'self' 'sha256-a='"]]) },
  ]
  const read = parseHeadersFile(headersFile(blocks))
  assert.deepEqual([...read.keys()], ['/_next/static/*', '/timelines/x'])
  assert.equal(read.get('/timelines/x')!.get('Content-Security-Policy'), "default-src 'self'; script-src 'self' 'sha256-a='")
})

test('a path takes its own block, else the wildcard folder it is in', () => {
  const read = parseHeadersFile('/_next/static/*\n  A: 1\n/x\n  B: 2\n')
  assert.equal(headersForPath(read, '/x')!.get('B'), '2')
  assert.equal(headersForPath(read, '/_next/static/chunks/a.js')!.get('A'), '1')
  assert.equal(headersForPath(read, '/y'), undefined)
})
