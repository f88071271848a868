import { expect, test, type APIResponse } from '@playwright/test'
import { PERMISSIONS_POLICY, RESOURCE_CSP, WIDGET_CSP } from '../scripts/security-headers.mjs'

const SLUG = 'lavrov-blinken-prisoner-swap'
const SEED = `/timelines/${SLUG}`

/** One path of each kind of route the site serves, and what each must say about framing, resources and scripts. */
const KINDS = {
  page: ['/', SEED, '/docs/authoring', '/timelines/no-such-story', '/tags/prisoners', `/tags/${encodeURIComponent('россия')}`, '/tags/no-such-tag', '/tags/prisoners/page/2', '/timelines/e2e-long-story/page/2', '/page/2', '/page/99'],
  widget: [`/embed/${SLUG}`, '/embed/no-such-story', `/embed/${SLUG}/source.json`, `/embed/${SLUG}/view?view=h&k=2`, `/embed/${SLUG}/view?view=diagonal`],
  widgetAsset: ['/embed.js'],
  api: [`/api/timelines/${SLUG}/timelinejs.json`, `/api/oembed?url=x`, `/oembed/${SLUG}.json`, '/timelines/e2e-long-story/details/1.json', '/search.json'],
  openData: ['/feed.xml', '/atom.xml', '/feed.json', `/calendars/${SLUG}.ics`, '/api/v1/timelines.json', `/api/v1/timelines/${SLUG}.json`, '/api/v1/schema.json'],
  crawler: ['/sitemap.xml', '/robots.txt'],
  card: [`${SEED}/opengraph-image`],
}

async function headersOf(request: { get: (p: string) => Promise<APIResponse> }, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBeLessThan(500)
  return response.headers()
}

test('every response says nosniff, a referrer policy, a permissions policy and a cross-origin opener policy', async ({ request }) => {
  for (const path of Object.values(KINDS).flat()) {
    const h = await headersOf(request, path)
    expect(h['x-content-type-options'], path).toBe('nosniff')
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(h['permissions-policy'], path).toBe(PERMISSIONS_POLICY)
    expect(h['cross-origin-opener-policy'], path).toBe('same-origin')
    // Served over plain http here: no HSTS (scripts/security-headers.test.ts covers https).
    expect(h['strict-transport-security'], path).toBeUndefined()
  }
})

test("pages may only be framed by this site, run only their own scripts, and are not others' resources", async ({ request }) => {
  for (const path of KINDS.page) {
    const h = await headersOf(request, path)
    expect(h['x-frame-options'], path).toBe('SAMEORIGIN')
    expect(h['cross-origin-resource-policy'], path).toBe('same-origin')
    const csp = h['content-security-policy'] ?? ''
    expect(csp, path).toContain("frame-ancestors 'self'")
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src')) ?? ''
    // Next's inline scripts by hash: at least the page's flight data and the theme script.
    expect(scriptSrc, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/)
  }
})

test('the widget may be framed anywhere, by pages that require CORP too, and runs only its own script file', async ({ request }) => {
  for (const path of KINDS.widget) {
    const h = await headersOf(request, path)
    expect(h['content-security-policy'], path).toBe(WIDGET_CSP)
    expect(h['x-frame-options'], path).toBeUndefined()
    expect(h['cross-origin-resource-policy'], path).toBe('cross-origin')
  }
  const asset = (await (await request.get(`/embed/${SLUG}`)).text()).match(/src="(\/embed-assets\/[^"]+\.js)"/)?.[1]
  expect(asset).toBeTruthy()
  for (const path of [...KINDS.widgetAsset, asset!]) expect((await headersOf(request, path))['cross-origin-resource-policy'], path).toBe('cross-origin')
  expect((await headersOf(request, asset!))['access-control-allow-origin']).toBe('*')
  // A static export's widget fetches its source to apply its URL's options, also from a sandboxed frame (origin null).
  expect((await headersOf(request, `/embed/${SLUG}/source.json`))['access-control-allow-origin']).toBe('*')
})

test('JSON, feeds, calendars, crawler files and social cards are resources for any site, never documents to frame or run', async ({ request }) => {
  for (const path of [...KINDS.api, ...KINDS.openData, ...KINDS.crawler, ...KINDS.card]) {
    const h = await headersOf(request, path)
    expect(h['content-security-policy'], path).toBe(RESOURCE_CSP)
    expect(h['cross-origin-resource-policy'], path).toBe('cross-origin')
  }
})

test('feeds, calendars, the JSON API and oEmbed may be read by any origin', async ({ request }) => {
  for (const path of [...KINDS.openData, `/oembed/${SLUG}.json`]) expect((await headersOf(request, path))['access-control-allow-origin'], path).toBe('*')
})

test('pages hydrate under their policy: no inline script is refused', async ({ page }) => {
  const refused: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text())
  })
  for (const path of ['/', SEED, '/docs/authoring']) {
    await page.goto(path, { waitUntil: 'networkidle' })
    expect(await page.evaluate(() => typeof (self as unknown as { __next_f?: unknown[] }).__next_f)).toBe('object')
  }
  await expect(page.locator('.tl-viewer[data-hydrated]').first()).toHaveCount(0)
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]').first()).toBeAttached()
  expect(refused).toEqual([])
})

test('the story page advertises its oEmbed endpoint, which answers a rich iframe', async ({ page, request, baseURL }) => {
  await page.goto(SEED)
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')
  // A file, which a static export serves too; the query endpoint below stays on the Node server.
  expect(href).toBe(`${baseURL}/oembed/${SLUG}.json`)
  const response = await request.get(href!)
  expect(response.status()).toBe(200)
  const body = await response.json()
  expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Dateline', title: 'Lavrov agrees to hear Blinken’s prisoner-swap proposal' })
  expect(body.html).toContain(`src="${baseURL}/embed/${SLUG}"`)
  const thumb = await request.get(body.thumbnail_url)
  expect(thumb.headers()['content-type']).toBe('image/png')
})

test('oEmbed respects maxwidth and maxheight, refuses unknown URLs and XML', async ({ request, baseURL }) => {
  const url = encodeURIComponent(`${baseURL}${SEED}`)
  const sized = await (await request.get(`/api/oembed?url=${url}&maxwidth=400&maxheight=300`)).json()
  expect(sized.width).toBeLessThanOrEqual(400)
  expect(sized.height).toBeLessThanOrEqual(300)
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/timelines/nope`)}`)).status()).toBe(404)
  expect((await request.get(`/api/oembed?url=${encodeURIComponent('https://elsewhere.example/timelines/x')}`)).status()).toBe(404)
  expect((await request.get(`/api/oembed?url=${url}&format=xml`)).status()).toBe(501)
})

test('hashed scripts and stylesheets come compressed by the build, with the same bytes and headers as Next would send', async ({ request }) => {
  const page = await (await request.get(SEED)).text()
  const assets = [...page.matchAll(/(?:src|href)="(\/_next\/static\/[^"?]+\.(?:js|css))"/g)].map((m) => m[1]!)
  const widget = (await (await request.get(`/embed/${SLUG}`)).text()).match(/src="(\/embed-assets\/[^"]+\.js)"/)?.[1]
  expect(assets.length).toBeGreaterThan(3)
  for (const path of [...assets.slice(0, 4), widget!]) {
    // The build's copy (scripts/compressed-assets.mjs): its ETag names the encoding; Next's would be a weak one of the file.
    const compressed = await request.get(path, { headers: { 'accept-encoding': 'gzip' } })
    const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } })
    const h = compressed.headers()
    expect(h.etag, path).toMatch(/-gzip"$/)
    expect(h['content-encoding'], path).toBe('gzip')
    expect(h.vary, path).toBe('Accept-Encoding')
    expect(await compressed.body(), path).toEqual(await plain.body())
    for (const name of ['content-type', 'cache-control', 'x-content-type-options', 'cross-origin-resource-policy', 'x-frame-options', 'access-control-allow-origin', 'permissions-policy'])
      expect(h[name], `${path} ${name}`).toBe(plain.headers()[name])
    const again = await request.get(path, { headers: { 'accept-encoding': 'gzip', 'if-none-match': h.etag! } })
    expect(again.headers().etag, path).toBe(h.etag)
    expect(again.status(), path).toBe(304)
  }
})

test('the scripts a page or a widget boots with are compiled as they download: V8’s compile hint heads each, and no polyfill', async ({ request }) => {
  for (const path of [SEED, '/', '/tags/prisoners']) {
    const html = await (await request.get(path)).text()
    const tags = [...html.matchAll(/<script\b[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"[^>]*>/g)]
    const boot = tags.filter((m) => !/\snomodule\b/i.test(m[0])).map((m) => m[1]!)
    const polyfills = tags.filter((m) => /\snomodule\b/i.test(m[0])).map((m) => m[1]!)
    expect(boot.length, path).toBeGreaterThan(3)
    for (const script of boot) expect((await (await request.get(script)).text()).startsWith('//# allFunctionsCalledOnLoad\n'), `${path}: ${script}`).toBe(true)
    for (const script of polyfills) expect((await (await request.get(script)).text()).startsWith('//#'), `${path}: ${script}`).toBe(false)
  }
  // The widget's first script too (scripts/build-embed.mjs), and what it imports statically.
  const widget = (await (await request.get(`/embed/${SLUG}`)).text()).match(/<script type="module" src="(\/embed-assets\/[^"]+\.js)"/)?.[1]
  const first = await (await request.get(widget!)).text()
  expect(first.startsWith('//# allFunctionsCalledOnLoad\n'), widget).toBe(true)
  for (const chunk of first.matchAll(/from"\.\/(chunk-[A-Z0-9]+\.js)"/g)) {
    expect((await (await request.get(`/embed-assets/${chunk[1]}`)).text()).startsWith('//# allFunctionsCalledOnLoad\n'), chunk[1]).toBe(true)
  }
})
