import { expect, test } from '@playwright/test'

// Against the production build (playwright.config.ts webServer).

test('the authoring guide is on the site, linked from every page', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Writing a timeline' }).click()
  await expect(page).toHaveURL(/\/docs\/authoring$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Writing a Dateline timeline')
  // Sections are linkable, and the tables of props and dates come through as tables.
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Dates' }).click()
  await expect(page).toHaveURL(/#dates$/)
  await expect(page.getByRole('table').filter({ hasText: 'credit' }).first()).toBeVisible()
  await expect(page.getByRole('cell', { name: '2022-02-17/..' })).toBeVisible()
})

test('the studio and the content-change stream do not exist in a production build', async ({ request }) => {
  expect((await request.get('/studio')).status()).toBe(404)
  expect((await request.get('/studio?slug=lavrov-blinken-prisoner-swap')).status()).toBe(404)
  expect((await request.get('/api/dev/content-events')).status()).toBe(404)
})
