import { expect, test } from '@playwright/test'

const SEED = '/timelines/lavrov-blinken-prisoner-swap'
const FIRST = 'geneva-summit-2021'
const LAST = 'lavrov-tashkent-press-conference'

const marks = (page: import('@playwright/test').Page) => page.locator('svg.tl-svg-horizontal [data-event-id]')

test('the timeline is one tab stop, and arrow keys visit every event in time order with the hash following', async ({ page }) => {
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const tabbable = await marks(page).evaluateAll((els) => els.filter((e) => e.getAttribute('tabindex') === '0').length)
  expect(tabbable).toBe(1)

  const order = await marks(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!))
  await marks(page).first().focus()
  const visited: string[] = [await page.evaluate(() => document.activeElement!.getAttribute('data-event-id')!)]
  for (let i = 1; i < order.length; i++) {
    await page.keyboard.press('ArrowRight')
    const id = await page.evaluate(() => document.activeElement!.getAttribute('data-event-id')!)
    visited.push(id)
    await expect(page).toHaveURL(new RegExp(`#${id}$`))
  }
  expect(visited).toEqual(order)

  await page.keyboard.press('Home')
  await expect(page).toHaveURL(new RegExp(`#${FIRST}$`))
  await expect(page.locator(`svg.tl-svg-horizontal [data-event-id="${FIRST}"]`)).toBeFocused()
  await page.keyboard.press('End')
  await expect(page).toHaveURL(new RegExp(`#${LAST}$`))
  await page.keyboard.press('ArrowLeft')
  await expect(page).toHaveURL(/#xi-biden-call$/)
})

test('moving with the keyboard does not scroll the page', async ({ page }) => {
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await marks(page).first().focus()
  const before = await page.evaluate(() => window.scrollY)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  expect(await page.evaluate(() => window.scrollY)).toBe(before)
})

test('Enter opens the detail with every quote, Escape closes it', async ({ page }) => {
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await page.locator(`svg.tl-svg-horizontal [data-event-id="${LAST}"]`).focus()
  await page.keyboard.press('Enter')
  const detail = page.getByRole('region', { name: 'Event details: Lavrov, in Tashkent, agrees to hear the US proposal' })
  await expect(detail).toBeVisible()
  await expect(detail.locator('blockquote')).toHaveCount(4)
  await expect(detail).toContainText('We see no harm in respecting the principle of Chinese sovereignty.')
  // The event's prose keeps its paragraphs and the writer's emphasis.
  await expect(detail.locator('p.tl-detail-text em').filter({ hasText: 'How it is dated:' })).toBeVisible()
  expect(await detail.locator('p.tl-detail-text').count()).toBeGreaterThan(1)
  await page.keyboard.press('Escape')
  await expect(detail).toBeHidden()
})

test('a #id deep link selects its event and lands on its section', async ({ page }) => {
  await page.goto(`${SEED}#russia-invades-ukraine`)
  await expect(page.locator('svg.tl-svg-horizontal [data-event-id="russia-invades-ukraine"]')).toHaveAttribute('aria-current', 'true')
  await expect(page.locator('svg.tl-svg-horizontal [data-event-id="russia-invades-ukraine"]')).toHaveAttribute('tabindex', '0')
  await expect(page.locator('#russia-invades-ukraine')).toBeInViewport()
  await expect(page.getByRole('toolbar', { name: 'Timeline controls' })).toContainText('4 / 12')
})

test('previous and next buttons step through the events', async ({ page }) => {
  await page.goto(SEED)
  const toolbar = page.getByRole('toolbar', { name: 'Timeline controls' })
  await toolbar.getByRole('button', { name: 'Next event' }).click()
  await expect(page).toHaveURL(new RegExp(`#${FIRST}$`))
  await toolbar.getByRole('button', { name: 'Next event' }).click()
  await expect(page).toHaveURL(/#blinken-lavrov-geneva-meeting$/)
  await toolbar.getByRole('button', { name: 'Previous event' }).click()
  await expect(page).toHaveURL(new RegExp(`#${FIRST}$`))
})

test('scrolling the article marks the current event on the timeline', async ({ page }) => {
  await page.goto(SEED)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await page.locator('#peskov-leaks-criticism').evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.mouse.wheel(0, 10)
  await expect(page.locator('svg.tl-svg-horizontal .tl-current')).toHaveAttribute('data-event-id', 'peskov-leaks-criticism')
})

test('the theme toggle is remembered across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  const toggle = page.getByRole('button', { name: /Colour theme/ })
  await toggle.click() // auto → light
  await toggle.click() // light → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.goto(SEED)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor)
  const html = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  expect([paper, html]).toContain('rgb(20, 20, 20)')
})

test('print shows the whole timeline as a static SVG followed by the event list', async ({ page }) => {
  await page.goto(SEED)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('svg.tl-svg-horizontal')).toBeVisible()
  await expect(page.getByRole('toolbar', { name: 'Timeline controls' })).toBeHidden()
  const list = page.getByRole('navigation', { name: 'Events in order' })
  await expect(list).toBeVisible()
  await expect(list.getByRole('listitem')).toHaveCount(12)
  const svgBottom = await page.locator('svg.tl-svg-horizontal').evaluate((e) => e.getBoundingClientRect().bottom)
  const listTop = await list.evaluate((e) => e.getBoundingClientRect().top)
  expect(listTop).toBeGreaterThan(svgBottom)
})

test('tags are coloured, and a tag button hides and shows its events', async ({ page }) => {
  await page.goto(SEED)
  const invasion = page.locator('svg.tl-svg-horizontal [data-event-id="russia-invades-ukraine"]')
  await expect(invasion).toHaveClass(/tl-tag-\d/)
  const war = page.getByRole('button', { name: 'war' })
  await expect(war).toHaveAttribute('aria-pressed', 'true')
  await war.click()
  await expect(war).toHaveAttribute('aria-pressed', 'false')
  await expect(invasion).toHaveClass(/tl-dimmed/)
  // An event with another, visible tag stays.
  await expect(page.locator('svg.tl-svg-horizontal [data-event-id="geneva-summit-2021"]')).not.toHaveClass(/tl-dimmed/)
  await war.click()
  await expect(invasion).not.toHaveClass(/tl-dimmed/)
})
