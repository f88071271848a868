import { expect, test } from '@playwright/test'

/** Tag pages: every event of the stories with a tag on one timeline, each linking to its story, for tags in any script. */

test('a tag page draws events of more than one story on one timeline, each linking to its story', async ({ page }) => {
  await page.goto('/tags/prisoners')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('prisoners')
  const events = page.getByRole('navigation', { name: 'Events in order' }).getByRole('link')
  const stories = new Set((await events.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))))
  expect([...stories]).toEqual(expect.arrayContaining(['/timelines/lavrov-blinken-prisoner-swap', '/timelines/griner-bout-exchange', '/timelines/ankara-prisoner-exchange-2024']))
  // In time order across stories: Bout's 2008 arrest (Griner story) comes before the 2021 Geneva summit (seed story).
  const titles = await events.allTextContents()
  const bout = titles.findIndex((t) => t.includes('Viktor Bout is arrested in Bangkok'))
  const geneva = titles.findIndex((t) => t.includes('Biden and Putin agree to name officials on prisoners'))
  expect(bout).toBeGreaterThanOrEqual(0)
  expect(geneva).toBeGreaterThan(bout)

  // The drawing holds marks of several stories, and a mark's detail leads to the event on its own story page.
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const svg = page.locator('svg.tl-svg-horizontal')
  await expect(svg.locator('[data-event-id="griner-bout-exchange--bout-arrested-bangkok"]')).toHaveCount(1)
  await svg.locator('[data-event-id="griner-bout-exchange--bout-arrested-bangkok"]').focus()
  await page.keyboard.press('Enter')
  const detail = page.getByRole('region', { name: 'Event details: Viktor Bout is arrested in Bangkok' })
  await expect(detail).toContainText('Brittney Griner')
  await detail.getByRole('link', { name: /Read it in/ }).click()
  await expect(page).toHaveURL(/\/timelines\/griner-bout-exchange#bout-arrested-bangkok$/)
})

test('the events list links each event to its anchor on its story page', async ({ page }) => {
  await page.goto('/tags/diplomacy')
  await page.getByRole('navigation', { name: 'Events in order' }).getByRole('link', { name: /Biden and Putin agree/ }).click()
  await expect(page).toHaveURL(/\/timelines\/lavrov-blinken-prisoner-swap#geneva-summit-2021$/)
  await expect(page.locator('#geneva-summit-2021')).toBeInViewport()
})

for (const tag of ['Россия', 'الأسرى']) {
  test(`a tag in another script (${tag}) has its page, reached from a story's tag list`, async ({ page }) => {
    await page.goto('/timelines/e2e-tags-in-scripts')
    await page.getByRole('region', { name: 'About this story' }).getByRole('link', { name: tag }).click()
    await expect(page).toHaveURL(new RegExp(`/tags/${encodeURIComponent(tag.toLowerCase())}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tag)
    await expect(page.getByRole('navigation', { name: 'Events in order' }).getByRole('link')).toHaveCount(2)
    await expect(page.locator('svg.tl-svg-horizontal [data-event-id]')).not.toHaveCount(0)
    // The canonical URL is the percent-encoded path; the sitemap lists the same.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(new URL(canonical!).pathname).toBe(`/tags/${encodeURIComponent(tag.toLowerCase())}`)
  })
}

test('the sitemap lists every tag page, and each answers', async ({ request, baseURL }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const tags = [...sitemap.matchAll(/<loc>([^<]*\/tags\/[^<]*)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  expect(tags).toEqual(expect.arrayContaining(['/tags/prisoners', '/tags/diplomacy', `/tags/${encodeURIComponent('россия')}`, `/tags/${encodeURIComponent('الأسرى')}`]))
  for (const t of tags) expect((await request.get(new URL(t, baseURL).href)).status(), t).toBe(200)
})

test('every tag link on a story page leads to a tag page', async ({ page, request }) => {
  await page.goto('/timelines/lavrov-blinken-prisoner-swap')
  const links = await page.locator('a[href^="/tags/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))])
  expect(links.length).toBeGreaterThan(0)
  for (const href of links) expect((await request.get(href)).status(), href).toBe(200)
})
