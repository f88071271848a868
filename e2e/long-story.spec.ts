import { expect, test, type Page } from '@playwright/test'
import { LONG_EVENTS, LONG_SLUG, longEventId } from './fixtures/long-story'

/**
 * A long story is read in pages (lib/content/story-pages.ts): the fixture's 450 events are three pages of
 * 200, 200 and 50. Without JavaScript each page reads on its own and links to the others; with it, the
 * next page comes in as the reader nears it, and a link to any event shows it.
 */
const STORY = `/timelines/${LONG_SLUG}`
const page2 = `${STORY}/page/2`
const page3 = `${STORY}/page/3`

const sections = (page: Page) => page.locator('section[data-event-section]')
const hydrated = (page: Page) => expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the story’s address is its first page: the timeline, and the first 200 events of the list and the article', async ({ page }) => {
    await page.goto(STORY)
    await expect(page.locator('svg.tl-svg-horizontal')).toBeVisible()
    await expect(sections(page)).toHaveCount(200)
    await expect(sections(page).first()).toHaveAttribute('id', longEventId(1))
    await expect(page.locator('ol.event-index li')).toHaveCount(200)
    await expect(page.getByRole('link', { name: 'Events 201–400 of 450' })).toHaveAttribute('href', page2)
    await expect(page.getByRole('link', { name: 'Continue reading: events 401–450' })).toHaveAttribute('href', page3)
    // The writer's link to an event on the last page goes there.
    await expect(page.getByRole('link', { name: 'the last entry' })).toHaveAttribute('href', `${page3}#${longEventId(LONG_EVENTS)}`)
  })

  test('a mark of an event on another page links to it there', async ({ page }) => {
    await page.goto(STORY)
    // A cluster links to its first event, so it counts with the marks drawn alone (a long stretch may be all clusters).
    const links = await page
      .locator('.tl-drawings a[data-event-id], .tl-drawings a[data-cluster-id]')
      .evaluateAll((els) => els.map((a) => [a.getAttribute('data-event-id') ?? decodeURIComponent(a.getAttribute('href')!.split('#')[1]!), a.getAttribute('href')!] as const))
    const onPage3 = links.filter(([id]) => Number(id.split('-')[1]) > 400)
    expect(onPage3.length).toBeGreaterThan(0)
    for (const [id, href] of onPage3) expect(href).toBe(`${page3}#${id}`)
    for (const [id, href] of links.filter(([id]) => Number(id.split('-')[1]) <= 200)) expect(href).toBe(`#${id}`)
  })

  test('a later page is a page of its own, with the next stretch and links to its neighbours', async ({ page }) => {
    const response = await page.goto(page2)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).getByRole('link')).toHaveAttribute('href', STORY)
    await expect(sections(page)).toHaveCount(200)
    await expect(sections(page).first()).toHaveAttribute('id', longEventId(201))
    const nav = page.getByRole('navigation', { name: 'Pages of this story' })
    await expect(nav).toContainText('Page 2 of 3')
    await expect(nav.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', STORY)
    await nav.getByRole('link', { name: 'Next page' }).click()
    await expect(page).toHaveURL(page3)
    await expect(sections(page)).toHaveCount(LONG_EVENTS - 400)
    await expect(page.locator(`#${longEventId(LONG_EVENTS)}`)).toBeAttached()
  })

  test('pages that are not there are not found', async ({ request }) => {
    for (const path of [`${STORY}/page/1`, `${STORY}/page/4`, `${STORY}/page/02`, '/timelines/lavrov-blinken-prisoner-swap/page/2']) expect((await request.get(path)).status(), path).toBe(404)
  })
})

test('the next page comes in as the reader nears the end of the article', async ({ page }) => {
  await page.goto(STORY)
  await hydrated(page)
  await expect(page.locator(`#${longEventId(201)}`)).toHaveCount(0)
  await page.locator('[data-story-more="article"][data-page="2"]').scrollIntoViewIfNeeded()
  await expect(page.locator(`#${longEventId(201)}`)).toBeAttached()
  await expect(page.locator('[data-story-more][data-page="2"]')).toHaveCount(0)
  // Only the next: the page after it waits until the reader nears it in turn.
  await expect(page.locator(`#${longEventId(401)}`)).toHaveCount(0)
  // What came in reads like the rest: its list links to its sections, now on this page.
  await expect(page.locator(`ol.event-index a[href="#${longEventId(300)}"]`)).toHaveCount(1)
  await expect(sections(page)).toHaveCount(400)
})

test('a deep link to an event on the third page selects it on the timeline and shows its section', async ({ page }) => {
  const id = longEventId(420)
  await page.goto(`${STORY}#${id}`)
  await hydrated(page)
  await expect(page.locator(`section#${id}`)).toBeInViewport()
  await expect(page.locator(`svg.tl-svg-horizontal [data-event-id="${id}"]`)).toHaveAttribute('aria-current', 'true')
  // Page 2 was not needed for it.
  await expect(page.locator(`#${longEventId(201)}`)).toHaveCount(0)
})

test('a list link to an event of a page not yet here brings that page in, without leaving', async ({ page }) => {
  // Page 2 is also fetched as it nears the screen, which the click's scrolling brings about: held until the
  // click has landed, so the link is still there to be clicked however fast or slow the machine is.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/timelines/e2e-long-story/page/2', async (route) => {
    await held
    await route.continue()
  })
  await page.goto(STORY)
  await hydrated(page)
  await page.getByRole('link', { name: 'Events 201–400 of 450' }).click()
  release()
  await expect(page).toHaveURL(STORY)
  // The placeholder gave way to the page's list, and the focus to its first entry.
  await expect(page.locator('ol.event-index a').filter({ hasText: 'Ledger entry 201' })).toBeFocused()
  const entry = page.locator('ol.event-index a').filter({ hasText: 'Ledger entry 350' })
  await entry.click()
  await expect(page).toHaveURL(`${STORY}#${longEventId(350)}`)
  await expect(page.locator(`section#${longEventId(350)}`)).toBeInViewport()
})

test('the detail of an event on a later page opens with its text, fetched when asked for', async ({ page }) => {
  const id = longEventId(250)
  await page.goto(`${STORY}#${id}`)
  await hydrated(page)
  const mark = page.locator(`svg.tl-svg-horizontal [data-event-id="${id}"]`)
  await expect(mark).toHaveAttribute('aria-current', 'true')
  await mark.focus()
  await page.keyboard.press('Enter')
  const detail = page.getByRole('region', { name: 'Event details: Ledger entry 250' })
  await expect(detail).toContainText('The ledger records entry 250, written on its own day.')
})
