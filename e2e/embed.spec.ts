import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test'
import { widgetWeight } from '../bench/widget-weight'
import { iframeSnippet, scriptSnippet } from '../lib/embed/snippets'
import { axe } from './axe'

/**
 * Widgets as another site sees them: a host page served from a different origin (its own
 * port) embeds the widget as an iframe and through /embed.js.
 */
const SLUG = 'lavrov-blinken-prisoner-swap'
const TITLE = 'Lavrov agrees to hear Blinken’s prisoner-swap proposal'
const FIRST = 'geneva-summit-2021'
const SECOND = 'blinken-lavrov-geneva-meeting'
const LATER = 'griner-detained'

let host: Server
let hostUrl = ''

function pages(widgets: string): Record<string, string> {
  const page = (body: string) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>Host</title><body style="margin:8px"><h1>A newsroom article</h1>${body}</body></html>`
  return {
    '/two': page(`<p>First, an iframe:</p>${iframeSnippet(widgets, SLUG, TITLE)}<p>Then a script embed:</p>${scriptSnippet(widgets, SLUG, { hosthash: '1' }, TITLE)}`),
    '/sandboxed': page(
      `<iframe sandbox="allow-scripts allow-popups" src="${widgets}/embed/${SLUG}" title="Timeline" style="border:0;width:100%;height:600px"></iframe><script src="${widgets}/embed.js"></script>`,
    ),
    // The iframe loads eagerly, so it starts (and first lays out) while display:none.
    '/hidden': page(
      `<button id="show" onclick="document.getElementById('tab').hidden=false">Show</button><div id="tab" hidden>${iframeSnippet(widgets, SLUG, TITLE).replace('loading="lazy"', 'loading="eager"')}${scriptSnippet(widgets, SLUG)}</div>`,
    ),
    // /embed.js arrives after the iframe has loaded and reported its height to nobody.
    '/late': page(
      `${iframeSnippet(widgets, SLUG, TITLE).replace('loading="lazy"', 'loading="eager" onload="setTimeout(()=>{const s=document.createElement(\'script\');s.src=\'' + widgets + '/embed.js\';document.body.append(s)},300)"')}`,
    ),
    '/link': page(`<a href="${widgets}/timelines/${SLUG}" data-dateline-embed data-theme="dark">${TITLE}</a><script src="${widgets}/embed.js" async></script>`),
  }
}

test.beforeAll(async ({ baseURL }) => {
  const html = pages(baseURL!)
  host = createServer((req, res) => {
    const body = html[new URL(req.url ?? '/', 'http://host').pathname]
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(body ?? 'not found')
  })
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
  // localhost, not 127.0.0.1: another host name and another port, so surely another origin.
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`
})

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())))

const frames = (page: Page) => page.locator('iframe')
const marksIn = (frame: FrameLocator, orientation: 'horizontal' | 'vertical') => frame.locator(`[data-orientation="${orientation}"] [data-event-id]`)

/** Frame height minus the height of the document inside it: 0 when the frame fits its content. */
async function misfit(iframe: Locator): Promise<number> {
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height)
  const inner = await iframe.contentFrame().locator('html').evaluate((h) => h.getBoundingClientRect().height)
  return Math.abs(outer - inner)
}

for (const width of [320, 1024]) {
  test(`two widgets on another origin render and fit their content at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`${hostUrl}/two`)
    await expect(frames(page)).toHaveCount(2)
    const orientation = width < 768 ? 'vertical' : 'horizontal'
    for (const i of [0, 1]) {
      const iframe = frames(page).nth(i)
      await iframe.scrollIntoViewIfNeeded()
      const frame = iframe.contentFrame()
      await expect(frame.locator('.tl-viewer[data-hydrated]')).toBeAttached()
      await expect(marksIn(frame, orientation)).toHaveCount(12)
      await expect(marksIn(frame, orientation).first()).toBeVisible()
      await expect(frame.getByRole('link', { name: /open the full story/i })).toHaveAttribute('target', '_blank')
      await expect(iframe).toHaveAttribute('title', `Timeline: ${TITLE}`)
      await expect.poll(() => misfit(iframe), { message: `frame ${i} fits its content` }).toBeLessThanOrEqual(1)
    }
  })
}

test('keyboard navigation works inside a widget, and with hosthash the host hash follows', async ({ page }) => {
  await page.goto(`${hostUrl}/two`)
  const frame = frames(page).nth(1).contentFrame()
  await expect(frame.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await marksIn(frame, 'horizontal').first().focus()
  await page.keyboard.press('ArrowRight')
  await expect(frame.locator(`[data-orientation="horizontal"] [data-event-id="${SECOND}"]`)).toBeFocused()
  await expect(page).toHaveURL(new RegExp(`#${SECOND}$`))
  await page.keyboard.press('Enter')
  await expect(frame.getByRole('region', { name: /Event details/ })).toBeVisible()
  // The iframe snippet has no hosthash: its selection stays inside its frame.
  const plain = frames(page).nth(0).contentFrame()
  await marksIn(plain, 'horizontal').first().focus()
  await page.keyboard.press('End')
  await expect(page).toHaveURL(new RegExp(`#${SECOND}$`))
})

test('a host hash naming an event selects it in a hosthash widget, on load and when it changes', async ({ page }) => {
  await page.goto(`${hostUrl}/two#${LATER}`)
  const frame = frames(page).nth(1).contentFrame()
  await expect(frame.locator(`[data-orientation="horizontal"] [data-event-id="${LATER}"]`)).toHaveAttribute('aria-current', 'true')
  await page.evaluate((id) => (location.hash = id), FIRST)
  await expect(frame.locator(`[data-orientation="horizontal"] [data-event-id="${FIRST}"]`)).toHaveAttribute('aria-current', 'true')
  // The other widget did not opt in and ignores the host's hash.
  await expect(frames(page).nth(0).contentFrame().locator('[aria-current="true"]')).toHaveCount(0)
})

test('messages from another origin or another frame do not resize a widget', async ({ page }) => {
  await page.goto(`${hostUrl}/two`)
  const iframe = frames(page).nth(1)
  await expect.poll(() => misfit(iframe)).toBeLessThanOrEqual(1)
  const before = await iframe.evaluate((f) => f.getBoundingClientRect().height)
  // The host page itself (another origin than the widget's) posts a well-formed resize.
  await page.evaluate((slug) => window.postMessage({ type: 'dateline:resize', slug, height: 7 }, '*'), SLUG)
  // The other widget's frame has the right origin but is not this frame: its messages size only itself.
  const other = frames(page).nth(0).contentFrame()
  await other.locator('html').evaluate((_, slug) => window.parent.postMessage({ type: 'dateline:resize', slug, height: 9 }, '*'), SLUG)
  await page.waitForTimeout(300)
  expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).toBe(before)
})

test('a widget inside sandbox="allow-scripts allow-popups" hydrates and answers the keyboard', async ({ page }) => {
  await page.goto(`${hostUrl}/sandboxed`)
  const frame = frames(page).first().contentFrame()
  await expect(frame.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await marksIn(frame, 'horizontal').first().focus()
  await page.keyboard.press('ArrowRight')
  await expect(frame.locator(`[data-orientation="horizontal"] [data-event-id="${SECOND}"]`)).toBeFocused()
  await expect(frame.locator(`[data-orientation="horizontal"] [data-event-id="${SECOND}"]`)).toHaveAttribute('aria-current', 'true')
  // Its messages come from the opaque origin "null"; /embed.js accepts them from this frame only, and sizes it.
  await expect.poll(() => misfit(frames(page).first())).toBeLessThanOrEqual(1)
})

test('widgets started in a display:none container lay out and fit when shown', async ({ page }) => {
  await page.goto(`${hostUrl}/hidden`)
  // The eager frame has started (hydrated) while hidden.
  await expect(frames(page).first().contentFrame().locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await page.getByRole('button', { name: 'Show' }).click()
  for (const i of [0, 1]) {
    const iframe = frames(page).nth(i)
    await expect(iframe.contentFrame().locator('.tl-viewer[data-hydrated]')).toBeAttached()
    await expect(marksIn(iframe.contentFrame(), 'horizontal').first()).toBeVisible()
    await expect.poll(() => misfit(iframe), { message: `frame ${i} fits its content` }).toBeLessThanOrEqual(1)
  }
})

test('an iframe that loaded before /embed.js still gets sized when the script arrives', async ({ page }) => {
  await page.goto(`${hostUrl}/late`)
  const iframe = frames(page).first()
  await expect(iframe).toHaveAttribute('data-dateline-mounted', '')
  await expect.poll(() => misfit(iframe)).toBeLessThanOrEqual(1)
})

test('a plain link marked for embedding becomes a widget with its options', async ({ page }) => {
  await page.goto(`${hostUrl}/link`)
  const iframe = frames(page).first()
  await expect(iframe).toHaveAttribute('title', `Timeline: ${TITLE}`)
  await expect(iframe.contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('from 280 to 1400 px wide the widget never overflows its frame sideways', async ({ page }) => {
  for (const width of [280, 600, 767, 768, 1400]) {
    await page.setViewportSize({ width, height: 800 })
    await page.goto(`/embed/${SLUG}`)
    await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }))
    expect(scroll, `${width} px`).toBeLessThanOrEqual(client)
    await expect(page.locator(`[data-orientation="${width < 768 ? 'vertical' : 'horizontal'}"] [data-event-id]`).first()).toBeVisible()
  }
})

test('the widget is complete without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! })
  const page = await context.newPage()
  await page.goto(`/embed/${SLUG}?tags=prisoners`)
  await expect(page.locator('[data-orientation="horizontal"] [data-event-id]')).toHaveCount(12)
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible()
  // The tag filter applies on the server: events without the tag are drawn faint.
  expect(await page.locator('[data-orientation="horizontal"] .tl-dimmed[data-event-id]').count()).toBeGreaterThan(0)
  await context.close()
})

test('widgets may be framed anywhere, load nothing from elsewhere, and run no inline script', async ({ page, request, baseURL }) => {
  const response = await request.get(`/embed/${SLUG}`)
  const csp = response.headers()['content-security-policy']!
  expect(csp).toContain('frame-ancestors *')
  expect(csp).toMatch(/script-src 'self';/)
  expect(response.headers()['x-frame-options']).toBeUndefined()
  const origins = new Set<string>()
  page.on('request', (r) => origins.add(new URL(r.url()).origin))
  await page.goto(`/embed/${SLUG}`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  expect([...origins]).toEqual([new URL(baseURL!).origin])
})

test('one widget weighs at most 40 KB compressed (HTML, CSS and JavaScript)', async ({ baseURL }) => {
  const weight = await widgetWeight(baseURL!, `/embed/${SLUG}`)
  expect(new Set(weight.parts.map((p) => p.kind))).toEqual(new Set(['html', 'css', 'js']))
  // Zoom (d3-zoom and the layout) arrives by dynamic import, after the first load.
  expect(weight.deferred.length).toBeGreaterThan(0)
  expect(weight.total).toBeLessThanOrEqual(40 * 1024)
})

test('a long story’s widget carries no event’s prose: a detail fetches it from its page’s file as it opens', async ({ page, request }) => {
  const long = '/embed/e2e-long-story'
  // e2e/fixtures/long-story.ts: every entry's prose says it is "written on its own day".
  expect(await (await request.get(long)).text()).not.toContain('written on its own day')
  const files: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/details/')) files.push(new URL(r.url()).pathname)
  })
  await page.setViewportSize({ width: 1024, height: 800 })
  await page.goto(`${long}?start=ledger-250`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const mark = page.locator('[data-orientation="horizontal"] [data-event-id="ledger-250"]')
  await expect(mark).toHaveAttribute('aria-current', 'true')
  // Its mark selects where it stands: it does not lead out of the widget to the story's second page.
  expect(await mark.getAttribute('href')).toBe('#ledger-250')
  await mark.focus()
  await page.keyboard.press('Enter')
  const detail = page.getByRole('region', { name: /Event details/ })
  await expect(detail).toContainText('The ledger records entry 250, written on its own day.')
  expect(files).toEqual(['/timelines/e2e-long-story/details/2.json'])
  expect(new URL(page.url()).pathname).toBe(long)
})

test('zoom loads only when a reader reaches for the widget, and then works', async ({ page }) => {
  const zoomChunks: string[] = []
  page.on('request', (r) => {
    if (/\/embed-assets\/chunk-/.test(r.url())) zoomChunks.push(r.url())
  })
  await page.setViewportSize({ width: 1024, height: 800 })
  await page.goto(`/embed/${SLUG}`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await page.waitForTimeout(500)
  const firstLoad = zoomChunks.length
  await expect(page.locator('.tl-viewer[data-zoom]')).toHaveCount(0)
  await page.locator('[data-orientation="horizontal"] [data-event-id]').first().focus()
  await expect(page.locator('.tl-viewer[data-zoom]')).toBeAttached()
  expect(zoomChunks.length).toBeGreaterThan(firstLoad)
  await page.keyboard.press('+')
  await expect.poll(async () => Number(await page.locator('.tl-viewer').getAttribute('data-zoom'))).toBeGreaterThan(1)
})

const HOSTILE: Record<string, string> = {
  theme: '"><script>alert(1)</script>',
  start: 'javascript:alert(1)',
  from: `${'9'.repeat(5000)}<img src=x onerror=alert(1)>`,
  to: '2024-13-45',
  tags: '<svg onload=alert(1)>,戦争,💥',
  quotes: 'javascript:void(0)',
  header: '<b>',
  lang: 'en"><script>alert(2)</script>',
  hosthash: '\u202e1',
  unknown: '<iframe src=javascript:alert(3)>',
}

test('hostile parameters never reach the widget HTML unescaped', async ({ request }) => {
  const query = new URLSearchParams(HOSTILE).toString()
  const response = await request.get(`/embed/${SLUG}?${query}`)
  expect(response.status()).toBe(200)
  const html = await response.text()
  for (const needle of ['<script>alert', 'javascript:', 'onerror=', 'onload=', '<svg onload', '<iframe src=', '9'.repeat(300), '\u202e', '💥', '戦争']) {
    expect(html, `the page must not contain ${JSON.stringify(needle.slice(0, 20))}`).not.toContain(needle)
  }
  // Every rejected value fell back to its default.
  expect(html).toContain('<html lang="en" dir="ltr">')
  expect(html).toContain('class="dl-embed-header"')
})

test('an unknown or hostile slug answers 404 with the slug escaped', async ({ request }) => {
  const response = await request.get(`/embed/${encodeURIComponent('<script>alert(1)</script>')}`)
  expect(response.status()).toBe(404)
  expect(await response.text()).not.toContain('<script>alert')
})

test('an oEmbed consumer from npm (unfurl.js) discovers and reads a story page', async ({ baseURL }) => {
  const { unfurl } = await import('unfurl.js')
  const result = await unfurl(`${baseURL}/timelines/${SLUG}`, { oembed: true })
  expect(result.oEmbed).toMatchObject({ type: 'rich', version: '1.0', title: TITLE, provider_name: 'Dateline' })
  const html = (result.oEmbed as { html?: string }).html ?? ''
  expect(html).toContain(`${baseURL}/embed/${SLUG}`)
})

test('start selects its event, on a drawing that fits an 800 px frame without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 700 })
  await page.goto(`/embed/${SLUG}?start=lavrov-tashkent-press-conference`)
  const mark = page.locator('[data-orientation="horizontal"] [data-event-id="lavrov-tashkent-press-conference"]')
  await expect(mark).toHaveAttribute('aria-current', 'true')
  await expect(mark.locator('.tl-label')).toBeInViewport()
  expect(await page.locator('.tl-horizontal').evaluate((s) => s.scrollWidth - s.clientWidth)).toBeLessThanOrEqual(0)
})

for (const [name, viewport] of [
  ['wide', { width: 1024, height: 800 }],
  ['narrow', { width: 320, height: 700 }],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the widget (${name}, ${theme})`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await page.goto(`/embed/${SLUG}?theme=${theme}`)
      await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
      expect((await axe(page)).violations).toEqual([])
    })
  }
}
