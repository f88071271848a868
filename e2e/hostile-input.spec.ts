import { readdirSync, statSync } from 'node:fs'
import { request as httpRequest, createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { scriptSnippet } from '../lib/embed/snippets'

/**
 * What an attacker or a careless user sends: malformed fragments and paths, made-up slugs,
 * forged Host and X-Forwarded-* headers. Each case once crashed a page or leaked into a URL, and stays a test so it cannot again.
 */
const SLUG = 'lavrov-blinken-prisoner-swap'
const SEED = `/timelines/${SLUG}`
const BAD_FRAGMENTS = ['#100%', '#%', '#%E0%A4%A']

/** Fails the test on any uncaught error in the page, and counts them. */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

for (const fragment of BAD_FRAGMENTS) {
  test(`the story page ignores the undecodable fragment ${fragment}`, async ({ page }) => {
    const errors = watchErrors(page)
    await page.goto(`${SEED}${fragment}`)
    await expect(page.locator('.tl-viewer[data-hydrated]').first()).toBeAttached()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lavrov agrees to hear Blinken’s prisoner-swap proposal')
    await expect(page.locator('[aria-current="true"]')).toHaveCount(0)
    // The timeline still answers: the first mark takes a selection.
    const first = page.locator('svg.tl-svg-horizontal [data-event-id]').first()
    await first.focus()
    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(/#blinken-lavrov-geneva-meeting$/)
    expect(errors).toEqual([])
  })
}

test('clicking an in-page link to an undecodable fragment leaves the page working', async ({ page }) => {
  const errors = watchErrors(page)
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]').first()).toBeAttached()
  await page.evaluate(() => {
    const a = document.createElement('a')
    a.href = '#50%'
    a.textContent = 'fifty per cent'
    a.id = 'bad-link'
    document.querySelector('h1')!.after(a)
  })
  await page.locator('#bad-link').click()
  await expect(page).toHaveURL(/#50%$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto(`${SEED}#griner-detained`)
  await expect(page.locator('svg.tl-svg-horizontal [data-event-id="griner-detained"]')).toHaveAttribute('aria-current', 'true')
  expect(errors).toEqual([])
})

test('the widget ignores an undecodable fragment, alone and framed by another site, which finishes loading', async ({ page, baseURL }) => {
  const errors = watchErrors(page)
  await page.goto(`/embed/${SLUG}#100%`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await page.waitForTimeout(300)
  expect(errors).toEqual([])

  // Framed through /embed.js on another origin, with the host's own hash undecodable too.
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Host</title><body>${scriptSnippet(baseURL!, SLUG, { hosthash: '1' }, 'Timeline')}</body></html>`
  const host: Server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html))
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
  try {
    const loaded = page.waitForEvent('load')
    await page.goto(`http://localhost:${(host.address() as AddressInfo).port}/#100%`)
    await loaded
    const frame = page.locator('iframe')
    await expect(frame.contentFrame().locator('.tl-viewer[data-hydrated]')).toBeAttached()
    await expect.poll(async () => Math.abs((await frame.evaluate((f) => f.getBoundingClientRect().height)) - (await frame.contentFrame().locator('html').evaluate((h) => h.getBoundingClientRect().height)))).toBeLessThanOrEqual(1)
    expect(errors).toEqual([])
  } finally {
    await new Promise<void>((resolve) => host.close(() => resolve()))
  }
})

/**
 * What a request could have made the server write: the bytes of the prerendered pages' folder (where Next
 * writes pages it renders on demand), and every path under the build folder, so a name carrying the
 * requester's bytes shows. (.next/cache also holds caches other tests fill in parallel: only names count there.)
 */
function serverWrites(): { pagesBytes: number; paths: string[] } {
  const root = path.resolve('.next')
  const paths: string[] = []
  let pagesBytes = 0
  const walk = (dir: string, counted: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name)
      paths.push(p)
      if (entry.isDirectory()) walk(p, counted || p === path.join(root, 'server', 'app'))
      else if (counted) pagesBytes += 1 + statSync(p).size
    }
  }
  walk(root, false)
  return { pagesBytes, paths }
}

test('made-up story and tag URLs are a 404 that is not cached long, writes nothing, and has no social card', async ({ request }) => {
  const before = serverWrites()
  const marker = `made-up-${Date.now()}`
  for (let i = 0; i < 20; i++) {
    const slug = `${marker}-${i}`
    const page = await request.get(`/timelines/${slug}`)
    expect(page.status()).toBe(404)
    const cacheControl = page.headers()['cache-control'] ?? ''
    expect(cacheControl).not.toMatch(/s-maxage=\d{3,}|max-age=\d{3,}/)
    expect(await page.text()).toContain('No timeline here')
    const card = await request.get(`/timelines/${slug}/opengraph-image`)
    expect(card.status()).toBe(404)
    for (const tag of [slug, `тег-${slug}`]) {
      const tagPage = await request.get(`/tags/${encodeURIComponent(tag)}`)
      expect(tagPage.status()).toBe(404)
      expect(tagPage.headers()['cache-control'] ?? '').not.toMatch(/s-maxage=\d{3,}|max-age=\d{3,}/)
    }
  }
  const after = serverWrites()
  expect(after.pagesBytes).toBe(before.pagesBytes)
  expect(after.paths.filter((p) => p.includes(marker))).toEqual([])
})

test('malformed escapes in a path are a 400 or 404, never a 500', async ({ request }) => {
  for (const p of ['/timelines/%zz', '/tags/%zz', '/tags/a%2Fb', '/embed/%E0%A4%A', '/api/timelines/%ff%fe/timelinejs.json', '/timelines/%/opengraph-image', '/%', '/docs/%c0%af', '/api/oembed/%zz']) {
    const response = await request.get(p)
    expect([400, 404], `${p} answered ${response.status()}`).toContain(response.status())
  }
})

test('methods the site does not serve are a 405, on pages and on route handlers', async ({ request }) => {
  for (const p of ['/api/oembed', `/embed/${SLUG}`, `/api/timelines/${SLUG}/timelinejs.json`, SEED, '/']) {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH']) {
      const response = await request.fetch(p, { method })
      expect(response.status(), `${method} ${p}`).toBe(405)
      expect(response.headers().allow).toContain('GET')
    }
  }
})

/** A GET with headers as sent, Host included (fetch and Playwright's request would set Host themselves). */
function rawGet(baseURL: string, p: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path: p, method: 'GET', headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (d: string) => (body += d))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

test('forged Host and X-Forwarded-* headers never steer a link the site writes', async ({ baseURL }) => {
  const page = encodeURIComponent(`${baseURL}${SEED}`)
  // A scheme smuggled through X-Forwarded-Proto with a URL of no origin: nothing matches.
  const smuggled = await rawGet(baseURL!, `/api/oembed?url=${encodeURIComponent(`foo:${SEED}`)}`, { 'X-Forwarded-Proto': 'javascript:alert(1)//' })
  expect(smuggled.status).toBe(404)
  expect(smuggled.body).not.toContain('javascript:')
  // Chained proxies send a list: the answer is the configured origin's, not a 500.
  const chained = await rawGet(baseURL!, `/api/oembed?url=${page}`, { 'X-Forwarded-Proto': 'https, http', 'X-Forwarded-Host': 'evil.example' })
  expect(chained.status).toBe(200)
  expect(JSON.parse(chained.body).html).toContain(`src="${baseURL}/embed/${SLUG}"`)
  // The forged host's URL names no timeline of ours.
  const forgedUrl = await rawGet(baseURL!, `/api/oembed?url=${encodeURIComponent(`http://evil.example${SEED}`)}`, { Host: 'evil.example' })
  expect(forgedUrl.status).toBe(404)
  // The widget's links point at the configured origin whatever Host says.
  const widget = await rawGet(baseURL!, `/embed/${SLUG}`, { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' })
  expect(widget.status).toBe(200)
  expect(widget.body).not.toContain('evil.example')
  expect(widget.body).toContain(`href="${baseURL}${SEED}"`)
})

test('oEmbed respects a maxwidth and maxheight below the widget minimum, and states its thumbnail at its real size', async ({ request, baseURL }) => {
  const body = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}${SEED}`)}&maxwidth=120&maxheight=90`)).json()
  expect([body.width, body.height]).toEqual([120, 90])
  const png = Buffer.from(await (await request.get(body.thumbnail_url)).body())
  // PNG: width and height are the IHDR chunk's first two 32-bit fields.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([body.thumbnail_width, body.thumbnail_height])
})
