import { expect, test, type Page } from '@playwright/test'

const SEED = '/timelines/lavrov-blinken-prisoner-swap'

// The seed's events in time order, by id: the order a reader must see them in.
const SEED_ORDER = [
  'geneva-summit-2021',
  'blinken-lavrov-geneva-meeting',
  'griner-detained',
  'russia-invades-ukraine',
  'pelosi-taiwan-trip-possibility',
  'lavrov-africa-tour',
  'blinken-substantial-proposal',
  'cnn-reports-swap-terms',
  'official-request-arrives',
  'peskov-leaks-criticism',
  'xi-biden-call',
  'lavrov-tashkent-press-conference',
]

async function expectSeedTimeline(page: Page) {
  await page.goto(SEED)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lavrov agrees to hear Blinken’s prisoner-swap proposal')

  // One mark per event on the SVG, in time order, left to right.
  const marks = page.locator('svg.tl-svg [data-event-id]')
  await expect(marks).toHaveCount(SEED_ORDER.length)
  expect(await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))).toEqual(SEED_ORDER)
  const xs = await marks.evaluateAll((els) => els.map((e) => Number(e.querySelector('circle, rect')?.getAttribute(e.querySelector('circle') ? 'cx' : 'x'))))
  for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]! - 0.01)

  // The ordered list and the article sections follow the same order.
  const list = page.getByRole('navigation', { name: 'Events in order' }).getByRole('listitem')
  await expect(list).toHaveCount(SEED_ORDER.length)
  const sections = page.locator('[data-event-section]')
  expect(await sections.evaluateAll((els) => els.map((e) => e.id))).toEqual(SEED_ORDER)

  // Marks are links to their sections, with an accessible name that includes the date.
  await expect(page.getByRole('link', { name: /February 24, 2022: Russia invades Ukraine/ })).toHaveAttribute('href', '#russia-invades-ukraine')

  // Every quote is in the article as an attributed blockquote, and on the timeline as a callout.
  await expect(page.locator('.quote-block blockquote')).toHaveCount(9)
  await expect(page.locator('svg.tl-svg [data-quote-id]')).toHaveCount(9)
  await expect(page.locator('.quote-block', { hasText: 'These matters do not admit leaks to the press' })).toContainText('Dmitry Peskov')
}

test('the seed story shows every event in time order', async ({ page }) => {
  await expectSeedTimeline(page)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the seed story is complete', async ({ page }) => {
    await expectSeedTimeline(page)
  })
})

test('month precision, open ends and approximate dates read as such', async ({ page }) => {
  await page.goto(SEED)
  const griner = page.locator('#griner-detained')
  await expect(griner.locator('time').first()).toContainText('February 2022')
  await expect(griner.locator('time').first()).toContainText(/ongoing|since|from/i)
  await expect(page.locator('#pelosi-taiwan-trip-possibility time').first()).toContainText('c. July 2022')
  await expect(page.locator('#peskov-leaks-criticism time').first()).toContainText('?')
  await expect(page.locator('svg.tl-svg [data-event-id="griner-detained"] .tl-bar-end-open')).toHaveCount(1)
})

test('a deep link lands on its event section', async ({ page }) => {
  await page.goto(`${SEED}#russia-invades-ukraine`)
  await expect(page.locator('#russia-invades-ukraine')).toBeInViewport()
})

test('the index links to the seed story with its summary', async ({ page }) => {
  await page.goto('/')
  const item = page.getByRole('article').filter({ hasText: 'Lavrov agrees to hear' })
  await expect(item).toContainText('12 events')
  await expect(item).toContainText('9 quotes')
  await expect(item).toContainText('2021')
  await item.getByRole('link', { name: /Lavrov agrees to hear/ }).click()
  await expect(page).toHaveURL(new RegExp(`${SEED}$`))
  await expect(page.locator('svg.tl-svg')).toBeVisible()
})

test('an unknown slug answers a real 404', async ({ page }) => {
  const response = await page.goto('/timelines/no-such-story')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'No timeline here' })).toBeVisible()
})
