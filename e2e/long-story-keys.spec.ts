import { expect, test, type Page } from '@playwright/test'
import { LONG_SLUG, longEventId } from './fixtures/long-story'

/**
 * The keys walk a long story's timeline on a page that came in after the first: each step lands on the next
 * event in time, drawn and focused. (That every event is reachable is lib/interaction's stepFrom, unit-tested;
 * a walk through all 450 here took minutes of CI.)
 */
async function walk(page: Page, key: 'ArrowRight', steps: number): Promise<string[]> {
  const hash = () => page.evaluate(() => decodeURIComponent(window.location.hash.slice(1)))
  let id = await hash()
  const visited: string[] = []
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press(key)
    // Each step settles (selected, drawn, focused) before the next, as a reader's would.
    await page.waitForFunction((previous) => {
      const now = decodeURIComponent(window.location.hash.slice(1))
      return now !== previous && document.activeElement?.getAttribute('data-event-id') === now
    }, id)
    id = await hash()
    visited.push(id)
  }
  return visited
}

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => longEventId(from + i))

test('the keys walk the timeline of a long story through a page that came in after the first', async ({ page }) => {
  await page.goto(`/timelines/${LONG_SLUG}#${longEventId(205)}`)
  await expect(page.locator('.tl-viewer[data-hydrated]')).toBeAttached()
  const mark = (n: number) => page.locator(`svg.tl-svg-horizontal [data-event-id="${longEventId(n)}"]`)
  await expect(mark(205)).toHaveAttribute('aria-current', 'true')
  await mark(205).focus()
  // Through the second page, which came in for the deep link.
  expect(await walk(page, 'ArrowRight', 20)).toEqual(ids(206, 225))
})
