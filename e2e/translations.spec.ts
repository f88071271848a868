import { expect, test, type Page } from '@playwright/test'
import { axe } from './axe'

/**
 * A story and its translation (content/timelines: the seed and its Spanish edition) link each other,
 * for readers (a “Read in” switch under the summary) and for crawlers (hreflang alternates, the
 * sitemap, the API); a withheld translation (the draft fixture, in French) is never named. A quote
 * carries its original words (e2e/fixtures/site: Russian in the Spanish fixture, Arabic in the tags one).
 */
const SEED = 'lavrov-blinken-prisoner-swap'
const ES = 'lavrov-blinken-prisoner-swap-es'

async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]))
  return Object.fromEntries(links)
}

test('the original and its Spanish edition name each other as hreflang alternates, x-default the original', async ({ page, baseURL }) => {
  const expected = { en: `${baseURL}/timelines/${SEED}`, es: `${baseURL}/timelines/${ES}`, 'x-default': `${baseURL}/timelines/${SEED}` }
  for (const slug of [SEED, ES]) {
    await page.goto(`/timelines/${slug}`)
    expect(await alternates(page), slug).toEqual(expected)
  }
})

test('a visible switch leads from the original to the Spanish edition and back, each language named in itself', async ({ page }) => {
  await page.goto(`/timelines/${SEED}`)
  const toSpanish = page.getByRole('navigation', { name: 'Read in' }).getByRole('link', { name: 'Español' })
  await expect(toSpanish).toHaveAttribute('hreflang', 'es')
  await expect(toSpanish).toHaveAttribute('lang', 'es')
  await toSpanish.click()
  await expect(page).toHaveURL(new RegExp(`/timelines/${ES}$`))
  await expect(page.locator('article.story')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lavrov accede a escuchar la propuesta de Blinken para un canje de presos')
  const toEnglish = page.getByRole('navigation', { name: 'Leer en' }).getByRole('link', { name: 'English' })
  await expect(toEnglish).toHaveAttribute('hreflang', 'en')
  await expect(toEnglish).toHaveAttribute('lang', 'en')
  await toEnglish.click()
  await expect(page).toHaveURL(new RegExp(`/timelines/${SEED}$`))
})

test('a draft translation is neither linked nor named, on the page or in its alternates', async ({ page }) => {
  await page.goto(`/timelines/${SEED}`)
  expect(Object.keys(await alternates(page))).not.toContain('fr')
  await expect(page.locator('a[href*="e2e-draft-story"]')).toHaveCount(0)
  await expect(page.getByText('Français')).toHaveCount(0)
})

test('a story with no translation has no language switch and no hreflang alternates', async ({ page }) => {
  await page.goto('/timelines/griner-bout-exchange')
  await expect(page.getByRole('navigation', { name: 'Read in' })).toHaveCount(0)
  expect(await alternates(page)).toEqual({})
})

test('the sitemap and the story’s data name the other language too', async ({ request, baseURL }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const entry = sitemap.split('<url>').find((u) => u.includes(`<loc>${baseURL}/timelines/${SEED}</loc>`))!
  expect(entry).toContain(`hreflang="es" href="${baseURL}/timelines/${ES}"`)
  expect(entry).not.toContain('e2e-draft-story')
  const data = await (await request.get(`/api/v1/timelines/${ES}.json`)).json()
  expect(data.meta.translationOf).toBe(SEED)
  expect(data.meta.translations).toEqual([expect.objectContaining({ slug: SEED, language: 'en', original: true })])
})

test('a quote shows the words as spoken beside their translation, marked with their language and direction', async ({ page }) => {
  await page.goto('/timelines/e2e-es-story')
  const russian = page.locator('figure.quote-block').getByText('Слова тестовой цитаты.')
  await expect(russian).toHaveAttribute('lang', 'ru')
  await expect(russian).toHaveAttribute('dir', 'ltr')
  await expect(page.locator('figure.quote-block blockquote')).not.toHaveAttribute('lang')
  // On the timeline's callout too, under the translation.
  await expect(page.locator('svg.tl-svg-horizontal .tl-callout-original[lang="ru"]')).toHaveCount(1)

  await page.goto('/timelines/e2e-tags-in-scripts')
  const arabic = page.locator('figure.quote-block').getByText('كلمات اقتباس تجريبي.')
  await expect(arabic).toHaveAttribute('lang', 'ar')
  await expect(arabic).toHaveAttribute('dir', 'rtl')
})

test('a callout opened up shows the original words whole', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/timelines/e2e-es-story')
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const callout = page.locator('svg.tl-svg-horizontal [data-quote-id]').first()
  const id = (await callout.getAttribute('data-quote-id'))!
  await callout.hover()
  const original = page.locator(`.tl-horizontal [data-quote-popover="${id}"] [lang="ru"]`)
  await expect(original).toHaveText('Слова тестовой цитаты.')
})

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`the Spanish edition has no axe violation (${viewport.width}×${viewport.height})`, async ({ page }) => {
    // axe reads every node of a whole story: 6–8 s on an idle machine, past the default 30 s on a busy one.
    test.setTimeout(90_000)
    await page.setViewportSize(viewport)
    await page.goto(`/timelines/${ES}`, { waitUntil: 'networkidle' })
    await expect(page.locator('.tl-viewer[data-hydrated]').first()).toBeAttached()
    expect((await axe(page)).violations).toEqual([])
  })
}

test('lists show a story once, in the site’s language, and name its other languages: the index and a tag page', async ({ page }) => {
  for (const path of ['/', '/tags/prisoners']) {
    await page.goto(path)
    const card = page.getByRole('article', { name: 'Lavrov agrees to hear Blinken’s prisoner-swap proposal' })
    await expect(card, path).toHaveCount(1)
    await expect(page.getByRole('article', { name: /Lavrov accede/ }), path).toHaveCount(0)
    await expect(card.getByRole('link', { name: 'Español' }), path).toHaveAttribute('href', `/timelines/${ES}`)
  }
  // The tag's chronology holds each event once, not once per language.
  await expect(page.locator(`a[href="/timelines/${ES}#lavrov-tashkent-press-conference"]`)).toHaveCount(0)
  await expect(page.locator(`a[href="/timelines/${SEED}#lavrov-tashkent-press-conference"]`).first()).toBeAttached()
})
