import { expect, test, type Page } from '@playwright/test'
import { axe } from './axe'

/**
 * The quality gates on every kind of page, as a reader gets it from the production build: axe with every
 * rule it ships that tests WCAG 2.x A or AA (its experimental ones included) plus its best practices, once
 * the page has loaded, hydrated and gone network-idle; and not one console error or failed request.
 */
const PAGES = [
  { path: '/', ready: 'h1' },
  { path: '/page/2', ready: 'h1' },
  { path: '/timelines/lavrov-blinken-prisoner-swap', ready: '.tl-viewer[data-hydrated]' },
  { path: '/embed/lavrov-blinken-prisoner-swap', ready: '.tl-viewer[data-hydrated]' },
  { path: '/docs/authoring', ready: 'h1' },
  { path: '/tags/prisoners', ready: '.tl-viewer[data-hydrated]' },
  { path: `/tags/${encodeURIComponent('الأسرى')}`, ready: '.tl-viewer[data-hydrated]' },
  { path: '/timelines/no-such-story', ready: 'h1' },
  // Stories in other languages and directions (e2e/fixtures/site, content/timelines), and a right-to-left widget.
  { path: '/timelines/e2e-ru-story', ready: '.tl-viewer[data-hydrated]' },
  { path: '/timelines/e2e-ar-story', ready: '.tl-viewer[data-hydrated]' },
  { path: '/timelines/lavrov-blinken-prisoner-swap-es', ready: '.tl-viewer[data-hydrated]' },
  { path: '/embed/e2e-ar-story', ready: '.tl-viewer[data-hydrated]' },
]
const SCREENS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]

/** Console errors, uncaught exceptions and failed requests, as they happen. */
function watchProblems(page: Page, notFound: boolean): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (notFound && message.text() === 'Failed to load resource: the server responded with a status of 404 (Not Found)') return
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`))
  page.on('response', (response) => {
    // The 404 page is meant to be a 404 (and Chromium logs it as a failed load); anything it loads, and every other page's requests, must succeed.
    if (response.status() >= 400 && !(notFound && response.request().isNavigationRequest())) problems.push(`${response.status()}: ${response.url()}`)
  })
  return problems
}

for (const { path, ready } of PAGES) {
  for (const screen of SCREENS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} has no axe violation, console error or failed request (${screen.name}, ${colorScheme})`, async ({ page }) => {
        const problems = watchProblems(page, path.includes('no-such'))
        await page.setViewportSize(screen.viewport)
        await page.emulateMedia({ colorScheme })
        await page.goto(path, { waitUntil: 'networkidle' })
        await expect(page.locator(ready).first()).toBeAttached()
        const { results, violations } = await axe(page)
        expect(violations).toEqual([])
        // label-content-name-mismatch ran and saw the timeline's marks (it is what once found 12 violations there).
        if (path.includes('lavrov')) expect(results.passes.some((r) => r.id === 'label-content-name-mismatch')).toBe(true)
        expect(problems).toEqual([])
      })
    }
  }
}
