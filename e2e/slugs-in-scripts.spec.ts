import { parseFeed } from '@rowanmanning/feed-parser'
import { expect, test } from '@playwright/test'

/**
 * A story whose file name, event ids and tag are Cyrillic (e2e/fixtures/site/e2e-обмен-пленными.mdx): its
 * page, deep links, widget, tag page, search, feeds, calendar and API all answer, and every URL the site
 * writes carries the slug percent-encoded.
 */
const SLUG = 'e2e-обмен-пленными'
const ENCODED = encodeURIComponent(SLUG)
const TITLE = 'E2E обмен пленными'
const ID = 'переговоры'

test('the index links the story, and following the link opens its page', async ({ page }) => {
  await page.goto('/')
  const link = page.getByRole('link', { name: TITLE, exact: true })
  expect(await link.getAttribute('href')).toBe(`/timelines/${ENCODED}`)
  await link.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/timelines/${SLUG}`)
})

test('the page answers its slug written either way, and a deep link to a Cyrillic id selects its event', async ({ page }) => {
  for (const path of [`/timelines/${SLUG}`, `/timelines/${ENCODED}`]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
  }
  await page.goto(`/timelines/${ENCODED}#${encodeURIComponent(ID)}`)
  await expect(page.locator(`svg.tl-svg-horizontal [data-event-id="${ID}"]`)).toHaveAttribute('aria-current', 'true')
  // An id made from a Cyrillic title keeps its words.
  await expect(page.locator('[id="2019-09-07-первый-тестовый-обмен"]')).toBeAttached()
  // The article's link to the event's anchor lands on it.
  await page.getByRole('link', { name: 'первое' }).click()
  await expect(page).toHaveURL(new RegExp(`#(${ID}|${encodeURIComponent(ID)})$`))
})

test('a made-up slug in another script is a 404, not an error', async ({ page }) => {
  const response = await page.goto(`/timelines/${encodeURIComponent('е2е-нет-такой')}`)
  expect(response?.status()).toBe(404)
})

test("the widget opens on a Cyrillic start id, and embed.js mounts a Cyrillic slug", async ({ page, baseURL }) => {
  await page.goto(`/embed/${ENCODED}?start=${encodeURIComponent(ID)}`)
  await expect(page.locator(`[data-orientation="horizontal"] [data-event-id="${ID}"]`)).toHaveAttribute('aria-current', 'true')
  await page.setContent(`<!doctype html><html lang="en"><title>Host</title><body><div data-dateline="${SLUG}"></div><script src="${baseURL}/embed.js" async></script></body></html>`)
  const frame = page.frameLocator('iframe')
  await expect(frame.getByRole('heading', { name: TITLE })).toBeVisible()
})

test('search, the tag page and the story page find each other in Cyrillic', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Search' }).fill('ПЕРЕГОВОРАХ')
  await expect(page.locator('.index-item')).toHaveCount(1)
  await expect(page.locator('.index-item').getByRole('heading', { level: 2 })).toHaveText(TITLE)
  await page.goto(`/timelines/${ENCODED}`)
  await page.getByRole('link', { name: 'Обмен пленными' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Обмен пленными')
  await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible()
})

test('feeds, the sitemap, the calendar, the API and oEmbed carry the slug percent-encoded and answer it', async ({ request, baseURL }) => {
  const url = `${baseURL}/timelines/${ENCODED}`
  const feed = parseFeed(await (await request.get('/feed.xml')).text())
  expect(feed.items.find((i) => i.title === TITLE)?.url).toBe(url)
  expect(await (await request.get('/sitemap.xml')).text()).toContain(`<loc>${url}</loc>`)
  const calendar = await request.get(`/calendars/${ENCODED}.ics`)
  expect(calendar.status()).toBe(200)
  // Unfolded (RFC 5545 §3.1): long lines continue after a line break and one space.
  expect((await calendar.text()).replace(/\r?\n[ \t]/g, '')).toContain(`${url}#${encodeURIComponent(ID)}`)
  const api = await request.get(`/api/v1/timelines/${ENCODED}.json`)
  expect(api.status()).toBe(200)
  const data = (await api.json()) as { meta: { slug: string; url: string }; events: { id: string }[] }
  expect(data.meta.slug).toBe(SLUG)
  expect(data.meta.url).toBe(url)
  expect(data.events.map((e) => e.id)).toContain(ID)
  const oembed = await request.get(`/api/oembed?url=${encodeURIComponent(url)}`)
  expect(oembed.status()).toBe(200)
  expect(((await oembed.json()) as { html: string }).html).toContain(`${baseURL}/embed/${ENCODED}`)
  expect((await request.get(`/oembed/${ENCODED}.json`)).status()).toBe(200)
})
