import { expect, test, type Page } from '@playwright/test'

/**
 * The widget served by the Node server zooms with views the server lays out (lib/embed/served-views.ts,
 * components/embed/served-zoom.ts): its script asks `/embed/<slug>/view` for each view, with its own
 * options, and paints the markup that comes back as it paints the first. The static export's widget,
 * which lays out in the browser, is tested in static-export.spec.ts.
 */
const SLUG = 'lavrov-blinken-prisoner-swap'
const BIG = 'e2e-big-story'

/** Every view the page asks for, as URLs. */
function viewRequests(page: Page): URL[] {
  const asked: URL[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (url.pathname.endsWith('/view')) asked.push(url)
  })
  return asked
}

const zoomOf = async (page: Page) => Number(await page.locator('.tl-viewer').getAttribute('data-zoom'))

test('in a wide frame, + asks the server for the view it zooms to, and the drawing becomes that view, painted', async ({ page }) => {
  const asked = viewRequests(page)
  await page.setViewportSize({ width: 1024, height: 800 })
  await page.goto(`/embed/${SLUG}?lang=fr`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const drawing = page.locator('[data-orientation="horizontal"] svg')
  const before = await drawing.innerHTML()
  const first = page.locator('[data-orientation="horizontal"] [data-event-id]').first()
  await first.focus()
  await page.keyboard.press('+')
  await expect.poll(() => zoomOf(page)).toBe(2)
  await expect.poll(() => asked.length).toBeGreaterThan(0)
  // One request for where the zoom went, not one per frame of its animation; with the frame's own options.
  expect(asked.map((u) => [u.searchParams.get('view'), u.searchParams.get('k'), u.searchParams.get('lang')])).toEqual([['h', '2', 'fr']])
  await expect.poll(() => drawing.innerHTML()).not.toBe(before)
  // The server's French dates, one tab stop, the focus kept in the drawing.
  await expect(drawing.locator('.tl-axis text').first()).toBeVisible()
  expect((await drawing.locator('.tl-axis').textContent())!).toMatch(/févr|janv|mars|juil|juin/)
  await expect(drawing.locator('[tabindex="0"]')).toHaveCount(1)
  await expect(page.locator('[data-orientation="horizontal"] :focus')).toHaveCount(1)
  // The selection is painted on the server's marks.
  await page.keyboard.press('ArrowRight')
  const selected = await page.locator('[data-orientation="horizontal"] [data-event-id]:focus').getAttribute('data-event-id')
  await expect(drawing.locator(`[data-event-id="${selected}"]`)).toHaveClass(/tl-selected/)
  await expect(drawing.locator('.tl-selected')).toHaveCount(1)
  // No transform is left once the view is in: the marks stand where the server put them.
  expect(await drawing.evaluate((svg) => [...svg.children].filter((c) => c.hasAttribute('transform')).length)).toBe(0)
})

test('a drag pans the wide drawing, and what the drag came to is drawn by the server', async ({ page }) => {
  const asked = viewRequests(page)
  await page.setViewportSize({ width: 1024, height: 800 })
  await page.goto(`/embed/${SLUG}`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await page.getByRole('button', { name: 'Zoom in' }).first().click()
  await expect.poll(() => zoomOf(page)).toBe(2)
  const box = (await page.locator('[data-orientation="horizontal"] svg').boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 - i * 30, box.y + box.height / 2)
  await page.mouse.up()
  await expect.poll(() => asked.at(-1)?.searchParams.get('x')).not.toBe(asked[0]!.searchParams.get('x'))
  const last = asked.at(-1)!
  expect(Number(last.searchParams.get('x'))).toBeLessThan(Number(asked[0]!.searchParams.get('x')))
  await expect.poll(() => page.locator('[data-orientation="horizontal"] svg').evaluate((svg) => [...svg.children].filter((c) => c.hasAttribute('transform')).length)).toBe(0)
})

test('on a phone, the tall drawing zooms with the buttons from views the server lays out', async ({ page }) => {
  const asked = viewRequests(page)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/embed/${BIG}`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const svg = page.locator('[data-orientation="vertical"] svg')
  const height = Number(await svg.getAttribute('height'))
  const clusters = await svg.locator('[data-cluster-id]').count()
  expect(clusters).toBeGreaterThan(0)
  await page.getByRole('button', { name: 'Zoom in' }).last().click()
  await expect.poll(() => zoomOf(page)).toBe(2)
  await expect.poll(() => asked.map((u) => u.searchParams.get('view'))).toEqual(['v'])
  await expect.poll(async () => Number(await svg.getAttribute('height'))).toBeGreaterThan(height * 1.5)
  // The view is in once the drawing is no longer stretched to stand for it.
  await expect.poll(() => svg.evaluate((el) => [...el.children].filter((c) => c.hasAttribute('transform')).length)).toBe(0)
  // A cluster opened by a tap: the server says how deep, and about which point.
  const cluster = svg.locator('[data-cluster-id]').first()
  const count = Number(await cluster.getAttribute('data-count'))
  // Dispatched: at this zoom a neighbour's label lies over part of the cluster's mark.
  await cluster.dispatchEvent('click')
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(2)
  await expect.poll(() => asked.some((u) => u.searchParams.has('open'))).toBe(true)
  expect(count).toBeGreaterThan(1)
})

test('a view slow to come marks its drawing busy, with a bar along the frame’s top, until it is in; a quick one shows nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 })
  // The page's clock is the test's: what counts is how long a view takes in the page's time, not the machine's speed.
  await page.clock.install()
  let release = () => {}
  let hold = true
  await page.route('**/view?*', async (route) => {
    if (hold) await new Promise<void>((resolve) => (release = resolve))
    await route.continue()
  })
  await page.goto(`/embed/${SLUG}`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const frame = page.locator('.tl-drawings [data-orientation="horizontal"]')
  const bar = () => page.locator('.tl-viewer').evaluate((el) => getComputedStyle(el, '::after').height)
  // What the page saw: a view's markup put in the drawing (draw() replaces its children), and any busy mark.
  type Seen = { redrawn: boolean; sawBusy: boolean }
  const seen = () => page.evaluate(() => (window as unknown as { seen: Seen }).seen)
  const watch = () =>
    frame.evaluate((el) => {
      const w = window as unknown as { seen: Seen }
      w.seen = { redrawn: false, sawBusy: false }
      new MutationObserver(() => (w.seen.redrawn = true)).observe(el.querySelector('svg')!, { childList: true })
      new MutationObserver(() => (w.seen.sawBusy ||= el.hasAttribute('aria-busy'))).observe(el, { attributes: true })
    })
  let requests = 0
  page.on('request', (r) => void (new URL(r.url()).pathname.endsWith('/view') && requests++))
  // Lets the page's time run a frame at a time until the zoom's first frames have asked for the view it is headed to.
  const untilAsked = async (count: number) => {
    await expect
      .poll(async () => {
        if (requests < count) await page.clock.runFor(16)
        return requests
      })
      .toBe(count)
  }
  await page.clock.pauseAt(Date.now() + 60_000)

  await watch()
  await page.getByRole('button', { name: 'Zoom in' }).first().click()
  await untilAsked(1)
  // The server holds it.
  await page.clock.runFor(200)
  await expect(frame).not.toHaveAttribute('aria-busy', /.*/)
  expect(await bar()).toBe('auto')
  await page.clock.runFor(200)
  await expect(frame).toHaveAttribute('aria-busy', 'true')
  expect(await bar()).toBe('3px')
  await watch()
  release()
  await expect.poll(async () => (await seen()).redrawn).toBe(true)
  await expect(frame).not.toHaveAttribute('aria-busy', /.*/)
  expect(await bar()).toBe('auto')

  // A view that comes before the page's clock has moved 300 ms: no sign at any point, then or later.
  hold = false
  await watch()
  await page.getByRole('button', { name: 'Zoom in' }).first().click()
  await untilAsked(2)
  await expect.poll(async () => (await seen()).redrawn).toBe(true)
  await page.clock.runFor(1000)
  expect((await seen()).sawBusy).toBe(false)
  await expect(frame).not.toHaveAttribute('aria-busy', /.*/)
})

test('the view endpoint says what is wrong with a query, and never echoes it as markup', async ({ request }) => {
  const bad = await request.get(`/embed/${SLUG}/view?view=sideways`)
  expect(bad.status()).toBe(400)
  expect(bad.headers()['content-type']).toContain('application/json')
  expect((await bad.json()).error).toBe('view must be h (the wide drawing) or v (the tall one)')
  expect((await request.get(`/embed/${SLUG}/view?view=h&k=1e999`)).status()).toBe(400)
  const missing = await request.get('/embed/no-such-story/view?view=h')
  expect(missing.status()).toBe(404)
  // An id that opens nothing leaves the view as asked.
  const hostile = await request.get(`/embed/${SLUG}/view?view=h&k=2&x=-100&open=${encodeURIComponent('<script>alert(1)</script>')}`)
  expect(hostile.status()).toBe(200)
  const answer = await hostile.json()
  expect([answer.k, answer.x]).toEqual([2, -100])
  expect(answer.markup).not.toContain('<script')
  expect(answer.markup).toContain('data-event-id')
})
