import assert from 'node:assert/strict'
import { test } from 'node:test'
import { headerRules, HSTS, OPEN_DATA_ROUTES, pageCsp, RESOURCE_CSP } from './security-headers.mjs'

const headersOf = (https: boolean, source: string) => Object.fromEntries(headerRules({ https }).find((r) => r.source === source)!.headers.map((h) => [h.key, h.value]))

test("a page's scripts are this origin's and its own inline scripts by hash, never any inline script", () => {
  const csp = pageCsp({ scriptHashes: ["'sha256-abc='", "'sha256-def='"], https: false })
  const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'))
  assert.equal(scriptSrc, "script-src 'self' 'sha256-abc=' 'sha256-def='")
  assert.doesNotMatch(csp, /unsafe-inline'[^;]*;.*script|script-src[^;]*unsafe/)
  assert.match(csp, /frame-ancestors 'self'/)
  assert.match(csp, /object-src 'none'/)
  assert.doesNotMatch(csp, /upgrade-insecure-requests/)
})

test('over https, pages upgrade insecure requests and every response carries HSTS', () => {
  assert.match(pageCsp({ scriptHashes: [], https: true }), /upgrade-insecure-requests$/)
  assert.equal(headersOf(true, '/:path*')['Strict-Transport-Security'], HSTS)
  assert.equal(headersOf(false, '/:path*')['Strict-Transport-Security'], undefined)
})

test('only the dev server allows eval and inline scripts, for fast refresh', () => {
  assert.match(pageCsp({ scriptHashes: [], https: false, dev: true }), /script-src 'self' 'unsafe-inline' 'unsafe-eval'/)
})

test('feeds, calendars and the JSON API are resources any origin may read', () => {
  for (const source of OPEN_DATA_ROUTES) {
    const h = Object.fromEntries(headerRules({ https: false }).filter((r) => r.source === source).flatMap((r) => r.headers.map((x) => [x.key, x.value])))
    assert.equal(h['Content-Security-Policy'], RESOURCE_CSP, source)
    assert.equal(h['Cross-Origin-Resource-Policy'], 'cross-origin', source)
    assert.equal(h['Access-Control-Allow-Origin'], '*', source)
  }
})

test("a long story's detail files are resources, never documents to frame or run", () => {
  const h = headersOf(false, '/timelines/:slug/details/:file')
  assert.equal(h['Content-Security-Policy'], RESOURCE_CSP)
})
