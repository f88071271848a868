import { expect, test } from '@playwright/test'

const SEED = '/timelines/lavrov-blinken-prisoner-swap'
const GRINER = '/timelines/griner-bout-exchange'
const ANKARA = '/timelines/ankara-prisoner-exchange-2024'

test('an event’s sources are numbered notes under it in the article', async ({ page }) => {
  await page.goto(GRINER)
  const event = page.getByRole('region', { name: 'Griner is convicted and sentenced to nine years' })
  const notes = event.getByRole('list', { name: 'Sources: Griner is convicted and sentenced to nine years' })
  await expect(notes.getByRole('listitem')).toHaveCount(2)
  await expect(notes.getByRole('listitem').first()).toContainText('Reuters, August 4, 2022')
  await expect(notes.getByRole('listitem').nth(1)).toContainText('The White House, “Statement by President Biden on the sentencing of Brittney Griner”')
})

test('the event’s detail panel lists its sources too', async ({ page }) => {
  await page.goto(GRINER)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  await page.locator('svg.tl-svg-horizontal [data-event-id="griner-convicted"]').focus()
  await page.keyboard.press('Enter')
  const detail = page.getByRole('region', { name: 'Event details: Griner is convicted and sentenced to nine years' })
  await expect(detail.getByRole('list', { name: /^Sources/ }).getByRole('listitem')).toHaveCount(2)
})

test('a correction is shown with its date at the end of the story', async ({ page }) => {
  await page.goto(SEED)
  const corrections = page.getByRole('region', { name: 'Corrections' })
  await expect(corrections.getByRole('listitem')).toHaveCount(1)
  await expect(corrections).toContainText('December 2, 2026')
  await expect(corrections).toContainText('An earlier version said')
})

test('the stories of a series link to each other, earlier and later, in order of publication', async ({ page }) => {
  await page.goto(SEED)
  const series = page.getByRole('navigation', { name: 'More in this series' })
  await expect(series.getByRole('heading', { name: 'Earlier in this story' })).toHaveCount(0)
  await expect(series.getByRole('link')).toHaveText([/Brittney Griner is freed/, /Gershkovich, Whelan and Kara-Murza freed/])
  await series.getByRole('link', { name: /Brittney Griner is freed/ }).click()
  await expect(page).toHaveURL(new RegExp(`${GRINER}$`))
  const middle = page.getByRole('navigation', { name: 'More in this series' })
  await expect(middle.getByRole('heading', { name: 'Earlier in this story' })).toBeVisible()
  await expect(middle.getByRole('heading', { name: 'Later in this story' })).toBeVisible()
  await middle.getByRole('link', { name: /Gershkovich/ }).click()
  await expect(page).toHaveURL(new RegExp(`${ANKARA}$`))
  const last = page.getByRole('navigation', { name: 'More in this series' })
  await expect(last.getByRole('heading', { name: 'Later in this story' })).toHaveCount(0)
  await expect(last.getByRole('link')).toHaveText([/Lavrov agrees to hear/, /Brittney Griner is freed/])
})

test('the index lists the three stories of the series, newest first', async ({ page }) => {
  await page.goto('/')
  // The site the tests build holds fixtures too (e2e/fixtures/site), published before the series: one with tags, one whose slug is Cyrillic, then one story each in Russian, Spanish and Arabic, then the three small stories, then the long one a phone reads and the long one read in pages.
  // The seed's Spanish edition is not a card of its own: the seed's card names it (lib/content/translations.ts oneVersionEach).
  // Eight to a page (playwright.config.ts): the rest on the second.
  await expect(page.getByRole('article').getByRole('heading')).toHaveText([/Gershkovich/, /Brittney Griner/, /Lavrov agrees/, /E2E story with tags/, /E2E обмен пленными/, /E2E русская/, /E2E historia/, /E2E قصة/])
  await page.goto('/page/2')
  await expect(page.getByRole('article').getByRole('heading')).toHaveText([/E2E small story with two events/, /E2E small story with one event/, /E2E small story of one day/, /E2E big story on a phone/, /E2E long story of a ledger/])
})
