import { expect, test, type Page } from '@playwright/test'

/**
 * The wide drawing's pointer gestures, which d3-zoom handles on the stand-in for d3-selection
 * (components/timeline/zoom-selection.ts): a mouse drag pans, two fingers pinch. The wheel and the
 * keys are zoom.spec.ts's.
 */

const SEED = '/timelines/lavrov-blinken-prisoner-swap'
const wide = 'svg.tl-svg-horizontal'

async function ready(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await page.locator(wide).evaluate((svg) => window.scrollBy({ top: svg.getBoundingClientRect().top - 120, behavior: 'instant' }))
  // d3-zoom loads on first use: the pointer over the timeline is one.
  await page.locator(wide).hover({ position: { x: 10, y: 10 } })
  await expect(page.locator('.tl-viewer[data-zoom]')).toBeAttached()
}
const zoomLevel = async (page: Page) => Number(await page.locator('.tl-viewer').getAttribute('data-zoom'))

/** The left edge on screen of the drawing's marks that are in view, by event id. */
const markPositions = (page: Page) =>
  page.locator(wide).evaluate((svg) => {
    const box = svg.getBoundingClientRect()
    const at = new Map<string, number>()
    for (const mark of svg.querySelectorAll<SVGGraphicsElement>('[data-event-id]')) {
      const r = mark.getBoundingClientRect()
      if (r.width && r.left > box.left + 40 && r.right < box.right - 40) at.set(mark.dataset.eventId!, r.left)
    }
    return Object.fromEntries(at)
  })

test('a mouse drag on the zoomed drawing pans it by as far as the mouse went', async ({ page }) => {
  await ready(page)
  await page.locator(`${wide} [data-event-id]`).first().focus()
  await page.keyboard.press('+')
  await expect.poll(() => zoomLevel(page)).toBeCloseTo(2, 1)
  const before = await markPositions(page)
  expect(Object.keys(before).length).toBeGreaterThan(0)

  const box = (await page.locator(wide).boundingBox())!
  const y = box.y + 40
  await page.mouse.move(box.x + box.width / 2, y)
  await page.mouse.down()
  for (let step = 1; step <= 5; step++) await page.mouse.move(box.x + box.width / 2 - step * 20, y)
  await page.mouse.up()

  await expect.poll(async () => {
    const after = await markPositions(page)
    const moved = Object.keys(before).filter((id) => id in after).map((id) => Math.round(after[id]! - before[id]!))
    return moved.length > 0 && moved.every((dx) => Math.abs(dx + 100) <= 2)
  }).toBe(true)
  expect(await zoomLevel(page)).toBeCloseTo(2, 1)
})

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true })

  test('two fingers spread apart on the wide drawing zoom it in; one finger leaves it alone', async ({ page }) => {
    await ready(page)
    const box = (await page.locator(wide).boundingBox())!
    const x = box.x + box.width / 2
    const y = box.y + 60
    const cdp = await page.context().newCDPSession(page)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number; id: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points })

    // One finger is the page's: it scrolls, the drawing does not zoom or pan.
    await touch('touchStart', [{ x, y, id: 0 }])
    await touch('touchMove', [{ x: x - 150, y, id: 0 }])
    await touch('touchEnd', [])
    expect(await zoomLevel(page)).toBe(1)

    const fingers = (spread: number) => [
      { x: x - spread / 2, y, id: 0 },
      { x: x + spread / 2, y, id: 1 },
    ]
    await touch('touchStart', fingers(100))
    for (let step = 1; step <= 10; step++) {
      await touch('touchMove', fingers(100 + step * 20))
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)))
    }
    await touch('touchEnd', [])
    // Three times as far apart: three times the zoom.
    await expect.poll(() => zoomLevel(page)).toBeCloseTo(3, 1)
  })
})
