import { expect, test } from '@playwright/test'

/** The index finds stories as a reader types, and narrows them by tag and year, all in the browser. */
const SEED_TITLE = 'Lavrov agrees to hear Blinken’s prisoner-swap proposal'

test('searching the index narrows the list as you type, and says when nothing matches', async ({ page }) => {
  await page.goto('/')
  const stories = page.locator('.index-item')
  const all = await stories.count()
  expect(all).toBeGreaterThan(0)
  const total = Number(/^(\d+) stories$/.exec((await page.getByRole('status').textContent())!)?.[1])
  expect(total).toBeGreaterThan(all)
  const search = page.getByRole('searchbox', { name: 'Search' })
  // A word of one of the seed's quotes, in another case and with an accent.
  await search.fill('ADMÍT leaks')
  await expect(stories).toHaveCount(1)
  await expect(stories.first().getByRole('heading', { level: 2 })).toHaveText(SEED_TITLE)
  await expect(page.getByRole('status')).toHaveText(`1 story of ${total} match.`)
  await search.fill('admit leaks xylophone')
  await expect(stories).toHaveCount(0)
  await expect(page.getByRole('status')).toHaveText('No stories match.')
  await search.fill('')
  await expect(stories).toHaveCount(all)
})

test('the tag and year filters narrow the list, and each card draws its events', async ({ page }) => {
  await page.goto('/')
  const stories = page.locator('.index-item')
  await page.getByLabel('Tag', { exact: true }).selectOption('diplomacy')
  await expect(stories.filter({ hasText: SEED_TITLE })).toHaveCount(1)
  await page.getByLabel('Year', { exact: true }).selectOption('2021')
  // The seed's first event is the 2021 Geneva summit.
  await expect(stories.filter({ hasText: SEED_TITLE })).toHaveCount(1)
  // Years offered are those some story's events touch, latest first.
  const years = await page.getByLabel('Year', { exact: true }).locator('option').allTextContents()
  expect(years.slice(1)).toEqual([...years.slice(1)].sort().reverse())
  expect(years).toEqual(expect.arrayContaining(['2021', '2022']))
  expect(years).not.toContain('1901')
  // Each filter narrows what the others left: a story of the tag and year that does not match the words is gone.
  await page.getByRole('searchbox', { name: 'Search' }).fill('xylophone')
  await expect(stories).toHaveCount(0)
  await page.getByRole('searchbox', { name: 'Search' }).fill('')
  await page.getByLabel('Year', { exact: true }).selectOption('')
  await page.getByLabel('Tag', { exact: true }).selectOption('')
  const seed = stories.filter({ hasText: SEED_TITLE })
  // One mark per event: a dot for a day, a bar for a month, a year or an interval.
  await expect(seed.locator('svg.index-spark').locator('circle, rect')).toHaveCount(12)
})

test('the index is read a page at a time, and its search finds a story of any page', async ({ page }) => {
  // The test site lists eight stories a page (playwright.config.ts), so its thirteen take two.
  await page.goto('/')
  const stories = page.locator('.index-item')
  const pages = page.getByRole('navigation', { name: 'Pages of the index' })
  await expect(stories).toHaveCount(8)
  await expect(pages).toContainText('Page 1 of 2')
  await expect(pages.getByRole('link', { name: 'Newer stories' })).toHaveCount(0)
  const first = await stories.getByRole('heading', { level: 2 }).allTextContents()
  await pages.getByRole('link', { name: 'Older stories' }).click()
  await expect(page).toHaveURL(/\/page\/2$/)
  await expect(page.getByRole('navigation', { name: 'Pages of the index' })).toContainText('Page 2 of 2')
  await expect(stories).toHaveCount(5)
  const second = await stories.getByRole('heading', { level: 2 }).allTextContents()
  expect(second.filter((t) => first.includes(t))).toEqual([])
  await expect(page).toHaveTitle('Dateline: news stories as timelines, page 2')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/page\/2$/)
  // The seed story is on the first page; searching from the second finds it, and the pages' links step aside meanwhile.
  await page.getByRole('searchbox', { name: 'Search' }).fill('admit leaks')
  await expect(stories).toHaveCount(1)
  await expect(stories.getByRole('heading', { level: 2 })).toHaveText(SEED_TITLE)
  await expect(page.getByRole('navigation', { name: 'Pages of the index' })).toHaveCount(0)
  await page.getByRole('searchbox', { name: 'Search' }).fill('')
  await expect(stories).toHaveCount(5)
  await page.getByRole('navigation', { name: 'Pages of the index' }).getByRole('link', { name: 'Newer stories' }).click()
  await expect(page).toHaveURL(/\/$/)
})

test('a page of the index carries its own cards only, and the search fetches every story once, when first reached for', async ({ page }) => {
  const fetched: string[] = []
  page.on('request', (r) => r.url().endsWith('/search.json') && fetched.push(r.url()))
  const html = await (await page.goto('/'))!.text()
  // A story of the second page is not in the first page's HTML, not even in its flight data.
  expect(html).not.toContain('E2E long story of a ledger')
  expect(fetched).toEqual([])
  await page.getByRole('searchbox', { name: 'Search' }).focus()
  await expect.poll(() => fetched.length).toBe(1)
  await page.getByRole('searchbox', { name: 'Search' }).fill('ledger')
  await expect(page.locator('.index-item').getByRole('heading', { level: 2 })).toHaveText([/E2E long story of a ledger/])
  await page.getByLabel('Year', { exact: true }).selectOption('2021')
  await page.getByRole('searchbox', { name: 'Search' }).fill('')
  expect(fetched).toHaveLength(1)
})

test('a search that cannot load says so, and the next try loads it', async ({ page }) => {
  let refuse = true
  await page.route('**/search.json', (route) => (refuse ? route.fulfill({ status: 503, body: '' }) : route.continue()))
  await page.goto('/')
  const search = page.getByRole('searchbox', { name: 'Search' })
  await search.fill('admit')
  await expect(page.getByRole('status')).toHaveText('The search could not be loaded. Try again, or browse the pages of the index.')
  await expect(page.locator('.index-item')).toHaveCount(0)
  refuse = false
  await search.fill('admit leaks')
  await expect(page.locator('.index-item').getByRole('heading', { level: 2 })).toHaveText(SEED_TITLE)
})

test('a later page of the index that does not exist is a 404', async ({ page }) => {
  for (const path of ['/page/3', '/page/1', '/page/02', '/page/x']) expect((await page.goto(path))?.status(), path).toBe(404)
})
