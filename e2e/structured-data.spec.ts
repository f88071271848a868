import { expect, test } from '@playwright/test'

const SLUG = 'lavrov-blinken-prisoner-swap'

test('a story page carries JSON-LD: the NewsArticle, every event in an ItemList, every quote as a Quotation', async ({ page, baseURL }) => {
  await page.goto(`/timelines/${SLUG}`)
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const items = blocks.flatMap((text) => {
    const data = JSON.parse(text) as unknown
    return Array.isArray(data) ? data : [data]
  }) as { '@type': string; [key: string]: unknown }[]
  const article = items.find((i) => i['@type'] === 'NewsArticle')!
  expect(article).toMatchObject({ headline: 'Lavrov agrees to hear Blinken’s prisoner-swap proposal', url: `${baseURL}/timelines/${SLUG}`, datePublished: '2022-07-29' })
  const list = items.find((i) => i['@type'] === 'ItemList') as unknown as { itemListElement: { item: { '@type': string; name: string; url: string } }[] }
  const marks = await page.locator('svg.tl-svg-horizontal [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')))
  expect(list.itemListElement.map((li) => li.item.url)).toEqual(marks.map((id) => `${baseURL}/timelines/${SLUG}#${id}`))
  expect(list.itemListElement.every((li) => li.item['@type'] === 'Event')).toBe(true)
  const quotes = items.filter((i) => i['@type'] === 'Quotation')
  expect(quotes).toHaveLength(await page.locator('.quote-block blockquote').count())
  expect(quotes.map((q) => q.text)).toContain('These matters do not admit leaks to the press. Agreements already reached are usually disclosed.')
})

test('every page names its canonical URL and its social card on the configured origin', async ({ page, baseURL }) => {
  for (const path of ['/', `/timelines/${SLUG}`, '/docs/authoring']) {
    await page.goto(path)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^${baseURL}${path === '/' ? '/?' : path}$`))
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`^${baseURL}`))
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/)
    await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}/)
  }
  await page.goto(`/timelines/${SLUG}`)
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', new RegExp(`^${baseURL}/timelines/${SLUG}/opengraph-image`))
})
