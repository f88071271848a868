import { expect, test } from '@playwright/test'

/** The index finds stories as a reader types, and narrows them by tag and year, all in the browser. */
const SEED_TITLE = 'Lavrov agrees to hear Blinken’s prisoner-swap proposal'

test('searching the index narrows the list as you type, and says when nothing matches', async ({ page }) => {
  await page.goto('/')
  const stories = page.locator('.index-item')
  const all = await stories.count()
  expect(all).toBeGreaterThan(0)
  const search = page.getByRole('searchbox', { name: 'Search' })
  // A word of one of the seed's quotes, in another case and with an accent.
  await search.fill('ADMÍT leaks')
  await expect(stories).toHaveCount(1)
  await expect(stories.first().getByRole('heading', { level: 2 })).toHaveText(SEED_TITLE)
  await expect(page.getByRole('status')).toHaveText(`1 story of ${all} match.`)
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
