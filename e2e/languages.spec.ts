import { expect, test, type Locator, type Page } from '@playwright/test'
import { messagesFor } from '../lib/i18n'
import { en } from '../lib/i18n/messages/en'

/**
 * A story in another language speaks it everywhere a reader or a screen reader meets it, on its
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

type Tree = { [key: string]: string | Tree }
const leaves = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)))
// Lower case: what a reader sees may be set in capitals by CSS (innerText gives the text as shown).
const wordsOf = (tree: Tree) => new Set(leaves(tree).flatMap((text) => text.replace(/\{\w+\}/g, ' ').toLowerCase().match(/\p{L}{2,}/gu) ?? []))

/**
 * The words of every English message (lib/i18n/messages/en.ts), less those the language's own messages
 * use too (the name Dateline, EDTF, Ctrl, CMS): none may show or be read out in that language. Found
 * from the messages, so a string added to English later is checked without editing this test.
 */
function englishWordsFor(lang: string): string[] {
  const own = wordsOf(messagesFor(lang) as unknown as Tree)
  return [...wordsOf(en as unknown as Tree)].filter((w) => !own.has(w))
}
const englishIn = (text: string, words: readonly string[]) => {
  const found = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])
  return words.filter((word) => found.has(word))
}

/** Every accessible name and tooltip inside `scope`: labels, descriptions, titles (attributes and SVG <title>s), alt texts, placeholders, buttons' names. */
async function namesIn(scope: Locator): Promise<string> {
  return scope.evaluate((root) =>
    [...root.querySelectorAll('[aria-label], [title], [alt], [placeholder], button, [aria-description], title')]
      .flatMap((el) => [
        el.getAttribute('aria-label'),
        el.getAttribute('title'),
        el.getAttribute('alt'),
        el.getAttribute('placeholder'),
        el.getAttribute('aria-description'),
        el.tagName === 'BUTTON' || el.tagName === 'title' ? el.textContent : null,
      ])
      .filter(Boolean)
      .join('\n'),
  )
}

/**
 * No English word in what a reader sees or hears inside `scope`. The fixtures' own words (titles, text,
 * quotes, speakers) are all in their language, so the whole scope is read: any English is Dateline's.
 */
async function expectNoEnglish(page: Page, scope: Locator, lang: string) {
  await expect(page.locator('.tl-viewer[data-hydrated]').first()).toBeVisible()
  const words = englishWordsFor(lang)
  expect(englishIn(await scope.innerText(), words), 'visible text').toEqual([])
  expect(englishIn(await namesIn(scope), words), 'accessible names').toEqual([])
}

for (const c of CASES) {
  test(`the ${c.lang} story speaks ${c.lang} on its page`, async ({ page }) => {
    await page.goto(`/timelines/${c.slug}`)
    const article = page.getByRole('article')
    await expect(article).toHaveAttribute('lang', c.lang)
    await expect(article).toHaveAttribute('dir', c.dir)
    await expectNoEnglish(page, article, c.lang)
    await expect(article).toContainText(c.month)
    for (const count of c.counts) await expect(article.locator('.story-meta')).toContainText(count)
    await expect(page.getByRole('button', { name: c.next })).toBeVisible()
  })

  test(`the ${c.lang} story's widget speaks ${c.lang}`, async ({ page }) => {
    await page.goto(`/embed/${c.slug}`)
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang)
    await expect(page.locator('html')).toHaveAttribute('dir', c.dir)
    await expectNoEnglish(page, page.locator('body'), c.lang)
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

/**
 * A right-to-left story draws time from right to left, on its page and in its widget: the earliest
 * event stands right of the latest, ArrowLeft moves on in time, and every label's text stays in its box.
 */
for (const where of ['/timelines/e2e-ar-story', '/embed/e2e-ar-story'] as const) {
  const marks = (page: Page, orientation: string) => page.locator(`[data-orientation="${orientation}"] [data-event-id]`)

  test(`right to left in ${where}: time runs leftwards and ArrowLeft moves to the later event`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(where)
    await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
    const first = page.locator('[data-orientation="horizontal"] [data-event-id="ar-first"]')
    const last = page.locator('[data-orientation="horizontal"] [data-event-id="ar-third"]')
    const firstBox = (await first.locator('.tl-point, .tl-bar').boundingBox())!
    const lastBox = (await last.locator('.tl-point, .tl-bar').boundingBox())!
    expect(firstBox.x).toBeGreaterThan(lastBox.x + lastBox.width)
    await first.focus()
    await page.keyboard.press('ArrowLeft')
    await expect(page.locator('[data-orientation="horizontal"] [data-event-id="ar-second"]')).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await expect(first).toBeFocused()
    await page.keyboard.press('End')
    await expect(last).toBeFocused()
  })

  for (const [orientation, viewport] of [['horizontal', { width: 1280, height: 800 }], ['vertical', { width: 390, height: 844 }]] as const) {
    test(`right to left in ${where}: every label's and callout's text stays inside its box (${orientation})`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await page.goto(where)
      await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
      await expect(marks(page, orientation).first()).toBeVisible()
      const spills = await page.locator(`[data-orientation="${orientation}"] svg`).evaluate((svg) =>
        [...svg.querySelectorAll<SVGGElement>('[data-box]')].flatMap((box) => {
          const rect = box.querySelector('rect')!.getBoundingClientRect()
          return [...box.querySelectorAll('text')].flatMap((text) => {
            const r = text.getBoundingClientRect()
            const inside = r.left >= rect.left - 0.5 && r.right <= rect.right + 0.5 && r.top >= rect.top - 0.5 && r.bottom <= rect.bottom + 0.5
            return inside ? [] : [`${text.textContent}: text ${Math.round(r.left)}–${Math.round(r.right)}, box ${Math.round(rect.left)}–${Math.round(rect.right)}`]
          })
        }),
      )
      expect(spills).toEqual([])
      // The vertical drawing stands mirrored: its axis on the right, the labels to its left.
      if (orientation === 'vertical') {
        const axis = (await page.locator('[data-orientation="vertical"] .tl-axis-line').first().boundingBox())!
        const label = (await page.locator('[data-orientation="vertical"] [data-event-id="ar-first"] [data-box] rect').boundingBox())!
        expect(label.x + label.width).toBeLessThanOrEqual(axis.x)
      }
    })
  }
}

test('the English words checked above are found in the English story page, so the check can fail', async ({ page }) => {
  await page.goto('/timelines/e2e-tags-in-scripts')
  await expect(page.locator('.tl-viewer[data-hydrated]').first()).toBeVisible()
  const found = englishIn(await page.getByRole('article').innerText(), englishWordsFor('ru'))
  expect(found).toEqual(expect.arrayContaining(['published', 'events', 'order']))
})

test('Russian counts take the form their number asks for: 1 событие, 2 события, 5 событий', async ({ page }) => {
  // The widget's window (from, to) leaves 1, 2 and 5 of the story's six events; the toolbar counts them.
  for (const [query, count] of [
    ['from=2019-03&to=2019-03', '1 событие'],
    ['from=2019-03&to=2019-05', '2 события'],
    ['from=2019', '5 событий'],
  ] as const) {
    await page.goto(`/embed/e2e-ru-story?${query}`)
    await expect(page.locator('.tl-viewer[data-hydrated] .tl-position')).toHaveText(count)
  }
  // Each of two events carries one quote: its label says so in the singular.
  await page.goto('/timelines/e2e-ru-story')
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeVisible()
  await expect(page.locator('svg.tl-svg-horizontal').getByText('1 цитата').first()).toBeAttached()
})

test("months are the language's own on the story page and in its events list", async ({ page }) => {
  for (const [slug, months] of [
    ['e2e-ru-story', ['марта', 'мая', 'августа', 'октября', 'ноября']],
    ['e2e-es-story', ['febrero', 'junio', 'septiembre']],
    ['e2e-ar-story', ['يناير', 'أبريل', 'يوليو']],
  ] as const) {
    await page.goto(`/timelines/${slug}`)
    const list = page.getByRole('navigation', { name: messagesFor(slug.slice(4, 6)).story.eventsInOrder })
    for (const month of months) await expect(list).toContainText(month)
    await expect(list).not.toContainText(/January|February|March|April|May|June|July|August|September|October|November|December/)
  }
})

for (const [tag, written, shown, dimmed] of [
  ['Cyrillic', 'РОССИЯ', 'fixture-december', 'fixture-january'],
  ['Arabic', 'الأسرى', 'fixture-january', 'fixture-december'],
] as const) {
  test(`a ${tag} tag in the widget's URL, percent-encoded and in any case, filters the events`, async ({ page }) => {
    await page.goto(`/embed/e2e-tags-in-scripts?tags=${encodeURIComponent(written)}`)
    const svg = page.locator('svg.tl-svg-horizontal')
    await expect(svg.locator(`[data-event-id="${shown}"]`)).not.toHaveClass(/tl-dimmed/)
    await expect(svg.locator(`[data-event-id="${dimmed}"]`)).toHaveClass(/tl-dimmed/)
  })
}
