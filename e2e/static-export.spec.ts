import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { scriptSnippet } from '../lib/embed/snippets'
import { headersForPath, parseHeadersFile } from '../lib/export/headers'

/**
 * The static export (`npm run export`, docs/deploying.md) served by a plain file server that knows nothing
 * of Next (`python3 -m http.server`, the project "static" in playwright.config.ts): every kind of page loads
 * whole, the story works, a widget takes its options from its URL and sizes its frame, the data answers.
 */
const SLUG = 'lavrov-blinken-prisoner-swap'
const TITLE = 'Lavrov agrees to hear Blinken’s prisoner-swap proposal'
const EVENT = 'lavrov-tashkent-press-conference'

/** Watches a page for anything that went wrong: a request that failed or answered 4xx/5xx, a console error, an uncaught exception. */
function watch(page: Page): string[] {
  const problems: string[] = []
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`))
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`))
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`))
  return problems
}

/**
 * Every page of the export (the index, stories, the guide, tag pages, widgets, whatever routes come later): the documents
 * its _headers lists, which are every index.html it wrote; the 404 page; a widget with options.
 */
async function everyPage(baseURL: string): Promise<string[]> {
  const listed = [...parseHeadersFile(await (await fetch(`${baseURL}/_headers`)).text()).keys()]
  const documents = listed.filter((p) => p === '/' || (!p.endsWith('/') && !p.endsWith('*') && !/\.[a-z]+$|\/opengraph-image$/.test(p)))
  return [...documents, `/embed/${SLUG}?theme=dark&start=${EVENT}&quotes=0`, '/404.html']
}

test('every page loads with no failed request and no console error', async ({ page, baseURL }) => {
  test.setTimeout(120_000)
  const paths = await everyPage(baseURL!)
  for (const kind of ['/', `/timelines/${SLUG}`, `/embed/${SLUG}`, '/docs/authoring']) expect(paths).toContain(kind)
  // What the sitemap names is exported too.
  const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text()
  for (const [, url] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(paths).toContain(new URL(url!).pathname)
  for (const path of paths) {
    const problems = watch(page)
    const response = await page.goto(path, { waitUntil: 'networkidle' })
    expect(response?.status(), path).toBe(200)
    await expect(page.locator('h1').first(), path).toBeVisible()
    expect(problems, path).toEqual([])
    page.removeAllListeners()
  }
})

test('pages and widgets run under the headers _headers gives them: no script refused, nothing missing', async ({ page, baseURL }) => {
  test.setTimeout(90_000)
  // As a host that reads _headers would: every response gets the headers of its path.
  const blocks = parseHeadersFile(await (await fetch(`${baseURL}/_headers`)).text())
  const unlisted: string[] = []
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== baseURL) return route.continue()
    const response = await route.fetch()
    const headers = headersForPath(blocks, url.pathname)
    if (!headers) unlisted.push(url.pathname)
    await route.fulfill({ response, headers: { ...response.headers(), ...Object.fromEntries(headers ?? []) } })
  })
  const problems = watch(page)
  for (const path of ['/', `/timelines/${SLUG}`, '/docs/authoring', `/embed/${SLUG}`, `/embed/${SLUG}?theme=dark&quotes=0`]) {
    await page.goto(path, { waitUntil: 'networkidle' })
    await expect(page.locator('.tl-viewer[data-hydrated], main').first(), path).toBeAttached()
  }
  await page.goto(`/timelines/${SLUG}`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  expect(problems).toEqual([])
  expect(unlisted).toEqual([])
})

test('on a story, arrow keys move through the events and + zooms', async ({ page }) => {
  const problems = watch(page)
  await page.goto(`/timelines/${SLUG}`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const wide = page.locator('svg.tl-svg-horizontal')
  await wide.locator('[data-event-id]').first().focus()
  await page.keyboard.press('Home')
  const first = await page.evaluate(() => location.hash)
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(first)
  await page.keyboard.press('+')
  await expect.poll(async () => Number(await page.locator('.tl-viewer').getAttribute('data-zoom'))).toBeGreaterThan(1)
  expect(problems).toEqual([])
})

test('the exported widget lays out its zoom in the browser: a file server has no views to answer', async ({ page }) => {
  const problems = watch(page)
  const asked: string[] = []
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('/view')) asked.push(r.url())
  })
  await page.setViewportSize({ width: 1024, height: 800 })
  await page.goto(`/embed/${SLUG}`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  expect(await page.locator('#dateline-props').textContent()).not.toContain('"views"')
  await page.locator('svg.tl-svg-horizontal [data-event-id]').first().focus()
  await page.keyboard.press('+')
  await expect.poll(async () => Number(await page.locator('.tl-viewer').getAttribute('data-zoom'))).toBe(2)
  // The browser's renderer draws the zoomed drawing (components/timeline/drawing-root.tsx).
  await expect(page.locator('svg.tl-svg-horizontal > g.tl-drawn')).toBeAttached()
  expect(asked).toEqual([])
  expect(problems).toEqual([])
})

test('a deep link selects its event', async ({ page }) => {
  await page.goto(`/timelines/${SLUG}#${EVENT}`)
  await expect(page.locator(`svg.tl-svg-horizontal [data-event-id="${EVENT}"]`)).toHaveAttribute('aria-current', 'true')
})

test('the Embed dialog previews the widget with its options', async ({ page, baseURL }) => {
  const problems = watch(page)
  await page.goto(`/timelines/${SLUG}`)
  await page.getByRole('button', { name: 'Embed', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' })
  await dialog.getByLabel('Theme').selectOption('dark')
  await expect(dialog.getByLabel(/^Iframe/)).toHaveValue(new RegExp(`src="${baseURL}/embed/${SLUG}\\?theme=dark"`))
  await expect(dialog.locator('iframe').contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(problems).toEqual([])
})

test('the widget applies its URL options in the browser', async ({ page }) => {
  await page.goto(`/embed/${SLUG}?theme=dark&header=0&lang=fr&start=${EVENT}`)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.locator('.dl-embed-header')).toHaveCount(0)
  await expect(page.locator(`[data-orientation="horizontal"] [data-event-id="${EVENT}"]`)).toHaveAttribute('aria-current', 'true')
  // Unknown or invalid values fall back to the defaults, as on the server.
  await page.goto(`/embed/${SLUG}?theme=purple&start=nope`)
  await expect(page.locator('.dl-embed-header')).toBeVisible()
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/)
})

test.describe('framed by another site', () => {
  let host: Server
  let hostUrl = ''
  test.beforeAll(async ({ baseURL }) => {
    const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Host</title><body><h1>An article</h1>${scriptSnippet(baseURL!, SLUG, {}, TITLE)}</body></html>`
    host = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html))
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`
  })
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())))

  test('a widget sizes its frame to its content', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 900 })
    await page.goto(hostUrl)
    const iframe = page.locator('iframe')
    await expect(iframe.contentFrame().locator('[data-event-id]').first()).toBeAttached()
    await expect
      .poll(async () => {
        const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height)
        const inner = await iframe.contentFrame().locator('html').evaluate((h) => h.getBoundingClientRect().height)
        return Math.abs(outer - inner)
      })
      .toBeLessThanOrEqual(1)
  })
})

test('the feed, the API, a calendar and oEmbed discovery answer', async ({ page, request, baseURL }) => {
  const feed = await request.get('/feed.xml')
  expect(feed.status()).toBe(200)
  expect(await feed.text()).toContain(`${baseURL}/timelines/${SLUG}`)
  const index = (await (await request.get('/api/v1/timelines.json')).json()) as { timelines: { slug: string }[] }
  expect(index.timelines.map((t) => t.slug)).toContain(SLUG)
  expect((await request.get(`/api/v1/timelines/${SLUG}.json`)).status()).toBe(200)
  expect(await (await request.get(`/calendars/${SLUG}.ics`)).text()).toContain('BEGIN:VCALENDAR')
  await page.goto(`/timelines/${SLUG}`)
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')
  expect(href).toBe(`${baseURL}/oembed/${SLUG}.json`)
  const oembed = await (await request.get(href!)).json()
  expect(oembed).toMatchObject({ type: 'rich', version: '1.0', title: TITLE })
  expect(oembed.html).toContain(`src="${baseURL}/embed/${SLUG}"`)
})

test("the index's later page and its search work from the export", async ({ page }) => {
  const problems = watch(page)
  await page.goto('/page/2')
  await expect(page.getByRole('navigation', { name: 'Pages of the index' })).toContainText('Page 2 of 2')
  await page.getByRole('searchbox', { name: 'Search' }).fill('admit leaks')
  await expect(page.locator('.index-item').getByRole('heading', { level: 2 })).toHaveText(TITLE)
  expect(problems).toEqual([])
})
