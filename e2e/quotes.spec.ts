import { expect, test } from '@playwright/test'

const SEED = '/timelines/lavrov-blinken-prisoner-swap'
const wide = 'svg.tl-svg-horizontal'

test('hovering a shortened callout opens its whole quote with speaker and source; leaving closes it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  // The Tashkent press conference's long quote is cut short in its callout.
  const callout = page.locator(`${wide} [data-quote-id]`).filter({ hasText: '…' }).first()
  const id = (await callout.getAttribute('data-quote-id'))!
  await callout.hover()
  const popover = page.locator(`.tl-horizontal [data-quote-popover="${id}"]`)
  await expect(popover).toBeVisible()
  const full = await page.locator(`#${id} blockquote`).innerText()
  await expect(popover).toContainText(full.trim().slice(0, 60))
  await expect(popover).not.toContainText('…')
  await page.mouse.move(5, 5)
  await expect(popover).toBeHidden()
})

test('a callout that the page scrolls under a still pointer stays closed until the pointer moves', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const callout = page.locator(`${wide} [data-quote-id]`).last()
  const id = (await callout.getAttribute('data-quote-id'))!
  await callout.evaluate((el) => window.scrollBy({ top: el.getBoundingClientRect().top - 400, behavior: 'instant' }))
  const box = (await callout.boundingBox())!
  // The pointer rests 200 px above the callout, then the page scrolls it up under the pointer.
  await page.mouse.move(box.x + box.width / 2, box.y - 200)
  await page.evaluate(() => window.scrollBy({ top: 200 + 10, behavior: 'instant' }))
  await expect.poll(() => callout.evaluate((el) => el.matches(':hover'))).toBe(true)
  const popover = page.locator(`.tl-horizontal [data-quote-popover="${id}"]`)
  await page.waitForTimeout(300)
  await expect(popover).toHaveCount(0)
  await page.mouse.move(box.x + box.width / 2 + 4, box.y - 200 + 4)
  await expect(popover).toBeVisible()
})

test('a tap pins a callout open until tapped again', async ({ page }) => {
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const callout = page.locator(`${wide} [data-quote-id]`).first()
  const id = (await callout.getAttribute('data-quote-id'))!
  const popover = page.locator(`.tl-horizontal [data-quote-popover="${id}"]`)
  // A pointer over the callout opens its popover on top of it; a click then lands on the popover, which pins
  // it as a click on the callout would. (Clicking the callout raced the hover: once the popover had opened
  // under the pointer it took the click, and the test waited for the callout until it timed out.)
  await callout.hover()
  await expect(popover).toBeVisible()
  await popover.click()
  await page.mouse.move(5, 5)
  await expect(popover).toBeVisible()
  await popover.click()
  await page.mouse.move(5, 5)
  await expect(popover).toBeHidden()
})

test('selecting an event with the keyboard opens its first quote', async ({ page }) => {
  await page.goto(`${SEED}#peskov-leaks-criticism`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await expect(page.locator(".tl-horizontal [data-quote-popover]")).toHaveCount(1)
  await expect(page.locator(".tl-horizontal [data-quote-popover]")).toContainText('Dmitry Peskov')
})

test('"Show on the timeline" under a quote in the article selects its event and opens the callout', async ({ page }) => {
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const block = page.locator('figure.quote-block[data-quote]').nth(3)
  const id = (await block.getAttribute('data-quote'))!
  await block.locator('[data-locate-quote]').click()
  const popover = page.locator(`.tl-horizontal [data-quote-popover="${id}"]`)
  await expect(popover).toBeVisible()
  await expect(page.locator(`${wide} [aria-current="true"]`)).toBeFocused()
  await expect(page).toHaveURL(/#[a-z0-9-]+$/)
})

test('on a wide screen a one-line strip of the timeline stays at the top while the article is read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const strip = page.locator('.tl-strip')
  await expect(strip).toHaveAttribute('data-shown', 'false')
  await page.locator('#russia-invades-ukraine').scrollIntoViewIfNeeded()
  await page.locator('#russia-invades-ukraine').evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 200, behavior: 'instant' }))
  await expect(strip).toHaveAttribute('data-shown', 'true')
  await expect(strip).toBeInViewport()
  await expect(strip.locator('.tl-strip-mark-current')).toHaveCount(1)
  await expect(strip.locator('.tl-strip-current')).toContainText('Russia invades Ukraine')
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
  await expect(strip).toHaveAttribute('data-shown', 'false')
})

test('on a phone there is no strip', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto(SEED)
  await page.locator('#russia-invades-ukraine').scrollIntoViewIfNeeded()
  await expect(page.locator('.tl-strip')).toBeHidden()
})
