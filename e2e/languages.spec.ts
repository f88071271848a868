import { expect, test, type Locator, type Page } from '@playwright/test'

/**
 * Issue 13: a story in another language speaks it everywhere a reader or a screen reader meets it, on its
 * page and in its widget. The stories are fixtures (e2e/fixtures/site/e2e-{ru,es,ar}-story.mdx).
 */
interface Case {
  slug: string
  lang: string
  dir: 'ltr' | 'rtl'
  /** A month name the story's dates must show. */
  month: string
  /** The "Covers" line: its counts in the language's plural forms. */
  counts: RegExp[]
  /** The "next event" button's accessible name. */
  next: string
}

const CASES: Case[] = [
  { slug: 'e2e-ru-story', lang: 'ru', dir: 'ltr', month: 'марта', counts: [/6 событий/, /2 цитаты/], next: 'Следующее событие' },
  { slug: 'e2e-es-story', lang: 'es-MX', dir: 'ltr', month: 'febrero', counts: [/3 acontecimientos/, /1 cita(?!s)/], next: 'Acontecimiento siguiente' },
  { slug: 'e2e-ar-story', lang: 'ar', dir: 'rtl', month: 'يناير', counts: [/[3٣] أحداث/, /اقتباسان/], next: 'الحدث التالي' },
]

// The English words of the story page, the viewer and the widget; none may show or be read out in another language.
const ENGLISH = [
  'Published', 'Updated', 'Source', 'Covers', 'Calendar', 'Add to calendar', 'Events in order', 'The story', 'Credits',
  'Previous', 'Next', 'Details', 'Fit all', 'Zoom', 'Zoom in', 'Zoom out', 'Timeline', 'Tags', 'Legend', 'Exact day',
  'Quotes', 'quote', 'quotes', 'event', 'events', 'Show on the timeline', 'Embed', 'Sources', 'Open the full story', 'Read it in the story', 'Close',
]
const englishIn = (text: string) => ENGLISH.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text))

/** Every accessible name and tooltip inside `scope`: labels, descriptions, titles (attributes and SVG <title>s), buttons' names. */
async function namesIn(scope: Locator): Promise<string> {
  return scope.evaluate((root) =>
    [...root.querySelectorAll('[aria-label], [title], button, [aria-description], title')]
      .flatMap((el) => [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('aria-description'), el.tagName === 'BUTTON' || el.tagName === 'title' ? el.textContent : null])
      .filter(Boolean)
      .join('\n'),
  )
}

async function expectNoEnglish(page: Page, scope: Locator) {
  await expect(page.locator('.tl-viewer[data-hydrated]').first()).toBeVisible()
  expect(englishIn(await scope.innerText()), 'visible text').toEqual([])
  expect(englishIn(await namesIn(scope)), 'accessible names').toEqual([])
}

for (const c of CASES) {
  test(`the ${c.lang} story speaks ${c.lang} on its page`, async ({ page }) => {
    await page.goto(`/timelines/${c.slug}`)
    const article = page.getByRole('article')
    await expect(article).toHaveAttribute('lang', c.lang)
    await expect(article).toHaveAttribute('dir', c.dir)
    await expectNoEnglish(page, article)
    await expect(article).toContainText(c.month)
    for (const count of c.counts) await expect(article.locator('.story-meta')).toContainText(count)
    await expect(page.getByRole('button', { name: c.next })).toBeVisible()
  })

  test(`the ${c.lang} story's widget speaks ${c.lang}`, async ({ page }) => {
    await page.goto(`/embed/${c.slug}`)
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang)
    await expect(page.locator('html')).toHaveAttribute('dir', c.dir)
    await expectNoEnglish(page, page.locator('body'))
    await expect(page.locator('body')).toContainText(c.month)
    await expect(page.getByRole('button', { name: c.next })).toBeVisible()
  })
}

test('the Arabic story is laid out right to left, its text aligned to the start', async ({ page }) => {
  await page.goto('/timelines/e2e-ar-story')
  const heading = page.getByRole('heading', { level: 2 }).first()
  const align = await heading.evaluate((el) => getComputedStyle(el).direction)
  expect(align).toBe('rtl')
  // A right-to-left section's rule stands on its right, where its text starts.
  const section = page.locator('.event-section').first()
  const border = await section.evaluate((el) => ({ right: getComputedStyle(el).borderRightWidth, left: getComputedStyle(el).borderLeftWidth }))
  expect(border).toEqual({ right: '3px', left: '0px' })
})

test("the widget's lang option overrides the story's language for its words", async ({ page }) => {
  await page.goto('/embed/e2e-ru-story?lang=es')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('button', { name: 'Acontecimiento siguiente' })).toBeVisible()
  await expect(page.locator('body')).toContainText('marzo')
})
