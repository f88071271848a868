import { expect, test, type Page } from '@playwright/test'

const SEED = '/timelines/lavrov-blinken-prisoner-swap'
const wide = 'svg.tl-svg-horizontal'

async function ready(page: Page) {
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  // d3-zoom and the layout code load on first use: the pointer over the timeline is one. data-zoom appears once they have.
  await page.locator(wide).hover({ position: { x: 10, y: 10 } })
  await expect(page.locator('.tl-viewer[data-zoom]')).toBeAttached()
}
const zoomLevel = async (page: Page) => Number(await page.locator('.tl-viewer').getAttribute('data-zoom'))
const tickLabels = (page: Page) => page.locator(`${wide} .tl-tick text`).allTextContents()

/** Ticks name years ("2022"), months ("Jul"), days ("Jul 25") or times ("05:00 AM"): the finest kind shown. */
function granularity(labels: string[]): number {
  const kind = (l: string) => (/\d{1,2}:\d{2}/.test(l) ? 3 : /\b\d{1,2}\b(?!\d)/.test(l.replace(/\b\d{4}\b/g, '')) ? 2 : /[A-Za-z]/.test(l) ? 1 : 0)
  return Math.max(...labels.map(kind))
}

/** Puts the drawing's top 120 px below the top of the window and the pointer over it. */
async function overWide(page: Page) {
  await page.locator(wide).evaluate((svg) => window.scrollBy({ top: svg.getBoundingClientRect().top - 120, behavior: 'instant' }))
  const box = (await page.locator(wide).boundingBox())!
  await page.mouse.move(box.x + box.width * 0.85, box.y + 150)
}

test('the wheel scrolls the page over the timeline; with Ctrl held it zooms, and ticks grow finer', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(SEED)
  await ready(page)
  await overWide(page)
  const before = await page.evaluate(() => window.scrollY)
  await page.mouse.wheel(0, 200)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before)
  expect(await zoomLevel(page)).toBe(1)
  await expect(page.locator('.tl-hint')).toContainText('Hold Ctrl')

  const coarse = granularity(await tickLabels(page))
  await overWide(page)
  await page.keyboard.down('Control')
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -250)
  await page.keyboard.up('Control')
  await expect.poll(() => zoomLevel(page)).toBeGreaterThan(4)
  await expect.poll(async () => granularity(await tickLabels(page))).toBeGreaterThan(coarse)
})

test('with focus in the timeline the plain wheel zooms', async ({ page }) => {
  await page.goto(SEED)
  await ready(page)
  await page.locator(`${wide} [data-event-id]`).first().focus()
  await overWide(page)
  await page.mouse.wheel(0, -300)
  await expect.poll(() => zoomLevel(page)).toBeGreaterThan(1)
})

test('zoom code loads only when the timeline is used', async ({ page }) => {
  const scripts: string[] = []
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.url()))
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await page.waitForLoadState('networkidle')
  const before = scripts.length
  await expect(page.locator('.tl-viewer[data-zoom]')).not.toBeAttached()
  await page.locator(`${wide} [data-event-id]`).first().focus()
  await page.keyboard.press('+')
  await expect.poll(() => zoomLevel(page)).toBeCloseTo(2, 1)
  expect(scripts.length).toBeGreaterThan(before)
})

test('+, − and 0 zoom from the keyboard, the buttons too, within bounds', async ({ page }) => {
  await page.goto(SEED)
  await ready(page)
  await expect(page.getByRole('button', { name: 'Zoom out' })).toBeDisabled()
  await page.locator(`${wide} [data-event-id]`).first().focus()
  await page.keyboard.press('+')
  await expect.poll(() => zoomLevel(page)).toBeCloseTo(2, 1)
  await page.keyboard.press('+')
  await expect.poll(() => zoomLevel(page)).toBeCloseTo(4, 1)
  await page.keyboard.press('-')
  await expect.poll(() => zoomLevel(page)).toBeCloseTo(2, 1)
  await page.keyboard.press('0')
  await expect.poll(() => zoomLevel(page)).toBe(1)
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(() => zoomLevel(page)).toBeCloseTo(2, 1)
  await page.getByRole('button', { name: 'Fit all' }).click()
  await expect.poll(() => zoomLevel(page)).toBe(1)
  // Bounded: however far one zooms out, the whole story is the limit.
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.locator(`${wide} [data-event-id]`).first().focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('-')
  await expect.poll(() => zoomLevel(page)).toBe(1)
})

test('a #id deep link zooms in on its event and keeps it in view', async ({ page }) => {
  await page.goto(`${SEED}#peskov-leaks-criticism`)
  await ready(page)
  await expect.poll(() => zoomLevel(page)).toBeGreaterThanOrEqual(2)
  const mark = page.locator(`${wide} [data-event-id="peskov-leaks-criticism"]`)
  await expect(mark).toHaveAttribute('aria-current', 'true')
  const svg = (await page.locator(wide).boundingBox())!
  const at = (await mark.locator('.tl-point, .tl-bar rect').first().boundingBox())!
  expect(at.x).toBeGreaterThanOrEqual(svg.x)
  expect(at.x + at.width).toBeLessThanOrEqual(svg.x + svg.width)
})

test('arrow keys reach events outside the view by panning to them', async ({ page }) => {
  await page.goto(SEED)
  await ready(page)
  await page.locator(`${wide} [data-event-id]`).last().focus()
  for (const k of [2, 4, 8]) {
    await page.keyboard.press('+')
    await expect.poll(() => zoomLevel(page)).toBeCloseTo(k, 1)
  }
  await page.keyboard.press('Home')
  await expect(page).toHaveURL(/#geneva-summit-2021$/)
  await expect(page.locator(`${wide} [data-event-id="geneva-summit-2021"]`)).toBeFocused()
})

for (const width of [768, 1280]) {
  test(`no two label or callout boxes intersect at three zoom levels at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(SEED)
    await ready(page)
    await page.locator(`${wide} [data-event-id]`).nth(6).focus()
    for (const presses of [0, 2, 2]) {
      for (let i = 0; i < presses; i++) await page.keyboard.press('+')
      await page.waitForTimeout(400)
      const boxes = await page.locator(`${wide} [data-box]`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
      expect(boxes.length).toBeGreaterThan(0)
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!
          const b = boxes[j]!
          const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5
          expect(apart, `boxes ${i} and ${j} at ${width}px, zoom ${await zoomLevel(page)}`).toBe(true)
        }
    }
  })
}
