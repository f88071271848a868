import { expect, test, type Page } from '@playwright/test'

/**
 * A long story on a phone (e2e/fixtures/site/e2e-big-story.mdx: 400 generated events): the tall
 * drawing starts a few screens tall with clusters, a tap opens one, the buttons and a pinch zoom,
 * and the keys reach event after event.
 */
const BIG = '/timelines/e2e-big-story'
const tall = 'svg.tl-svg-vertical'
const PHONE = { width: 390, height: 844 }

test.use({ viewport: PHONE, hasTouch: true, isMobile: true })

const zoomLevel = async (page: Page) => Number((await page.locator('.tl-viewer').getAttribute('data-zoom')) ?? 'NaN')
const drawnHeight = async (page: Page) => (await page.locator(tall).boundingBox())!.height
const eventMarks = (page: Page) => page.locator(`${tall} [data-event-id]`)
const clusters = (page: Page) => page.locator(`${tall} [data-cluster-id]`)

/** Hydrated, and the zoom loaded by a first touch on the drawing (away from any mark), as a reader's first scroll would. */
async function ready(page: Page) {
  await page.goto(BIG)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const svg = page.locator(tall)
  await svg.evaluate((el) => window.scrollBy({ top: el.getBoundingClientRect().top - 80, behavior: 'instant' }))
  const box = (await svg.boundingBox())!
  await page.touchscreen.tap(box.x + 6, Math.max(box.y, 0) + 300)
  await expect(page.locator('.tl-viewer[data-zoom]')).toBeAttached()
  expect(await zoomLevel(page)).toBe(1)
}

test('the drawing of a long story starts a few screens tall, most of it in clusters', async ({ page }) => {
  await page.goto(BIG)
  const height = await drawnHeight(page)
  expect(height / PHONE.height).toBeLessThanOrEqual(5)
  expect(height).toBeGreaterThan(PHONE.height)
  expect(await clusters(page).count()).toBeGreaterThan(10)
  expect(await eventMarks(page).count()).toBeLessThan(50)
})

test('a tap on a cluster opens it: the drawing zooms in and its events come apart', async ({ page }) => {
  await ready(page)
  const cluster = clusters(page).nth(3)
  const count = Number(await cluster.getAttribute('data-count'))
  const first = await cluster.getAttribute('data-order')
  const marksBefore = await eventMarks(page).count()
  await cluster.scrollIntoViewIfNeeded()
  await cluster.locator('.tl-label rect').tap()
  await expect.poll(() => zoomLevel(page)).toBeGreaterThan(1)
  // The run it stood for is now drawn in more than one mark.
  await expect
    .poll(() =>
      page.locator(tall).evaluate(
        (svg, [from, n]) => [...svg.querySelectorAll<HTMLElement>('[data-event-id], [data-cluster-id]')].filter((m) => Number(m.dataset.order) >= from && Number(m.dataset.order) < from + n).length,
        [Number(first), count] as const,
      ),
    )
    .toBeGreaterThan(1)
  expect(await eventMarks(page).count()).toBeGreaterThan(marksBefore)
  // Still the page, not a jump to the first event's section.
  expect(new URL(page.url()).hash).toBe('')
})

test('the buttons zoom the tall drawing: in stretches it, Fit all brings it back', async ({ page }) => {
  await ready(page)
  const before = await drawnHeight(page)
  const ticksBefore = await page.locator(`${tall} .tl-tick`).count()
  await page.getByRole('button', { name: 'Zoom in' }).tap()
  await expect.poll(() => zoomLevel(page)).toBe(2)
  await expect.poll(() => drawnHeight(page)).toBeGreaterThan(before * 1.5)
  await page.getByRole('button', { name: 'Zoom in' }).tap()
  await expect.poll(() => zoomLevel(page)).toBe(4)
  // Semantic zoom: the longer axis is ticked more finely.
  await expect.poll(() => page.locator(`${tall} .tl-tick`).count()).toBeGreaterThan(ticksBefore * 2)
  await page.getByRole('button', { name: 'Zoom out' }).tap()
  await expect.poll(() => zoomLevel(page)).toBe(2)
  await page.getByRole('button', { name: 'Fit all' }).tap()
  await expect.poll(() => zoomLevel(page)).toBe(1)
  await expect.poll(() => drawnHeight(page)).toBeCloseTo(before, 0)
})

/**
 * The boxes of the tall drawing's words (ticks, labels, callouts, the zone) that a floating zoom button covers, at
 * every screen from the drawing's top to its foot: the buttons follow the screen, so all of it passes under them.
 */
async function coveredAsItScrolls(page: Page): Promise<string[]> {
  return page.evaluate(async (selector) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    const svg = document.querySelector(selector)!
    const buttons = () => [...document.querySelectorAll('.tl-zoom-float button')].map((b) => b.getBoundingClientRect())
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
    const found: string[] = []
    const top = svg.getBoundingClientRect().top + window.scrollY
    const foot = top + svg.getBoundingClientRect().height
    for (let y = top - window.innerHeight / 2; y < foot; y += 300) {
      window.scrollTo({ top: y, behavior: 'instant' })
      await frame()
      const shown = buttons()
      if (shown.some((b) => b.width === 0)) return ['the floating buttons are not shown']
      for (const el of svg.querySelectorAll<SVGGraphicsElement>('text, .tl-label rect, .tl-callout rect')) {
        if (!el.checkVisibility({ visibilityProperty: true })) continue
        const box = el.getBoundingClientRect()
        if (box.width > 0 && shown.some((b) => overlaps(b, box))) found.push(`${el.textContent?.trim() || el.closest('[data-event-id], [data-cluster-id], .tl-callout')?.getAttribute('aria-label') || el.tagName} at ${Math.round(box.left)},${Math.round(box.top)}`)
      }
    }
    return [...new Set(found)]
  }, tall)
}

test('the floating zoom buttons cover no tick, label or callout of the tall drawing, zoomed or not', async ({ page }) => {
  await ready(page)
  expect(await coveredAsItScrolls(page)).toEqual([])
  await page.getByRole('button', { name: 'Zoom in' }).tap()
  await expect.poll(() => zoomLevel(page)).toBe(2)
  expect(await coveredAsItScrolls(page)).toEqual([])
})

/**
 * A mark's label box as drawn, plain and while the browser holds :hover on the mark, as a phone's browser
 * does on the mark last tapped (Chromium's DevTools protocol forces the state; a synthetic tap leaves none to read).
 */
async function labelWhenHovered(page: Page, mark: string): Promise<{ plain: string; hovered: string }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: mark })
  const look = () => page.locator(mark).first().locator('.tl-label rect').evaluate((r) => ['stroke', 'stroke-width', 'stroke-dasharray'].map((p) => getComputedStyle(r).getPropertyValue(p)).join(' '))
  const plain = await look()
  await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: ['hover'] })
  const hovered = await look()
  await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: [] })
  await cdp.detach()
  return { plain, hovered }
}

test('a mark a finger leaves :hover on wears no ring: the hover rings are for pointers that hover', async ({ page }) => {
  await ready(page)
  expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true)
  for (const mark of [`${tall} [data-cluster-id]`, `${tall} [data-event-id]`]) {
    const { plain, hovered } = await labelWhenHovered(page, mark)
    expect(hovered, mark).toBe(plain)
  }
})

test.describe('with a mouse', () => {
  test.use({ viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false })

  test('a hovered mark wears its ring', async ({ page }) => {
    // The wide drawing of the big story is all clusters; a short story's marks stand alone.
    for (const [story, mark] of [
      [BIG, 'svg.tl-svg-horizontal [data-cluster-id]'],
      ['/timelines/e2e-small-two-events', 'svg.tl-svg-horizontal [data-event-id]'],
    ] as const) {
      await page.goto(story)
      await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
      const { plain, hovered } = await labelWhenHovered(page, mark)
      expect(hovered, mark).not.toBe(plain)
    }
  })
})

test('a pinch that starts on a mark zooms on, step by step, well past its first step', async ({ page }) => {
  await ready(page)
  // One finger on a cluster's label, drawn by the server: the first step of the pinch hands the
  // drawing over to the browser's renderer, and the rest of the gesture must still arrive.
  const label = clusters(page).nth(2).locator('.tl-label rect')
  await label.scrollIntoViewIfNeeded()
  await label.evaluate((el) => window.scrollBy({ top: el.getBoundingClientRect().top - 300, behavior: 'instant' }))
  const box = (await label.boundingBox())!
  const x = box.x + box.width / 2
  const top = box.y + box.height / 2
  const cdp = await page.context().newCDPSession(page)
  const fingers = (spread: number) => [
    { x, y: top, id: 0 },
    { x, y: top + spread, id: 1 },
  ]
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : fingers(spread) })
  const levels: number[] = []
  await touch('touchStart', 60)
  for (let step = 1; step <= 16; step++) {
    await touch('touchMove', 60 + step * 15)
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    levels.push(await zoomLevel(page))
  }
  await touch('touchEnd', 0)
  // Spread from 60 to 300 px: five times the zoom it started at, reached through many steps.
  await expect.poll(() => zoomLevel(page)).toBeGreaterThan(3)
  expect(new Set(levels.filter((k) => k > 1.25)).size).toBeGreaterThan(4)
  for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeGreaterThanOrEqual(levels[i - 1]!)
  // The server's marks under the finger are gone once it lifts: only the browser's drawing is left.
  await expect(page.locator(`${tall} > :not(.tl-drawn)`)).toHaveCount(0)
})

test('a pinch begun before the zoom has loaded zooms as far as it came, and on as it goes on', async ({ page }) => {
  await page.goto(BIG)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  // The zoom's code is held back until the pinch is well under way, as on a slow phone network.
  let release = () => {}
  const held = new Promise<void>((done) => (release = done))
  await page.route('**/_next/static/chunks/**', async (route) => {
    await held
    await route.continue()
  })
  const label = clusters(page).nth(2).locator('.tl-label rect')
  await label.evaluate((el) => window.scrollBy({ top: el.getBoundingClientRect().top - 300, behavior: 'instant' }))
  const box = (await label.boundingBox())!
  const x = box.x + box.width / 2
  const top = box.y + box.height / 2
  const cdp = await page.context().newCDPSession(page)
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [
        { x, y: top, id: 0 },
        { x, y: top + spread, id: 1 },
      ],
    })
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await touch('touchStart', 60)
  for (let step = 1; step <= 8; step++) {
    await touch('touchMove', 60 + step * 15)
    await frames()
  }
  // Spread from 60 to 180 px, and no zoom yet to answer it.
  await expect(page.locator('.tl-viewer[data-zoom]')).toHaveCount(0)
  release()
  // Once it lands, the drawing is zoomed three times over: the pinch so far.
  await expect.poll(() => zoomLevel(page)).toBeGreaterThan(2.5)
  for (let step = 9; step <= 16; step++) {
    await touch('touchMove', 60 + step * 15)
    await frames()
  }
  await touch('touchEnd', 0)
  // And the rest of the gesture, to 300 px, is the zoom's: five times.
  await expect.poll(() => zoomLevel(page)).toBeGreaterThan(4)
  // The page itself was not zoomed by the browser under the fingers.
  expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1)
})

test('the keys move through events, opening the clusters they pass through', async ({ page }) => {
  await ready(page)
  const cluster = clusters(page).first()
  const order = Number(await cluster.getAttribute('data-order'))
  await cluster.focus()
  await page.keyboard.press('Enter')
  // Enter on a cluster selects its first event, drawn on its own once the drawing has zoomed to it.
  await expect.poll(() => new URL(page.url()).hash).not.toBe('')
  const first = new URL(page.url()).hash.slice(1)
  await expect(page.locator(`${tall} [data-event-id="${first}"]`)).toBeFocused()
  const seen = [first]
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => new URL(page.url()).hash.slice(1)).not.toBe(seen.at(-1))
    const id = new URL(page.url()).hash.slice(1)
    await expect(page.locator(`${tall} [data-event-id="${id}"]`)).toBeFocused()
    seen.push(id)
  }
  expect(new Set(seen).size).toBe(6)
  await expect(page.locator('.tl-position')).toHaveText(`${order + 6} / 400`)
})
