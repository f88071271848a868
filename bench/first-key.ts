/**
 * "First key press answered": how long after navigation a reader who presses an arrow key on the
 * timeline sees the selection move. Keys pressed before the page listens are lost, as a reader's
 * would be, so the probe presses again until one is answered; the figure is the moment the answer
 * (a mark given `aria-current`) reached the page, in ms since navigation start.
 */
import type { Browser, BrowserContextOptions } from '@playwright/test'
import { localOnly, NAME_SHIM, noPrefetch, VIEWPORT } from './browser'

export const DESKTOP_CONTEXT: BrowserContextOptions = { viewport: VIEWPORT }

/** Records, in `window.__answeredAt`, the first time a mark is made current after a key went down. */
const ANSWER_PROBE = `(() => {
  let armed = false;
  addEventListener('keydown', () => { armed = true }, true);
  new MutationObserver((records) => {
    if (!armed || window.__answeredAt !== undefined) return;
    if (records.some((r) => r.target.getAttribute('aria-current') === 'true' && r.target.closest('[data-event-id]')))
      window.__answeredAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
})()`

const RETRY_MS = 100
const TIMEOUT_MS = 180_000

/** Loads `url` in a fresh context and presses ArrowDown on the first mark of the drawing in view until the selection moves. */
export async function firstKeyAnswered(browser: Browser, url: string, options: BrowserContextOptions): Promise<number> {
  const context = await browser.newContext(options)
  await context.addInitScript(NAME_SHIM)
  await context.addInitScript(ANSWER_PROBE)
  await localOnly(context)
  await noPrefetch(context)
  const page = await context.newPage()
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS })
    // The drawing a reader of this screen size sees (the other is hidden by CSS), once its first mark is in the page.
    const focusMark = () =>
      page.evaluate(() => {
        const mark = [...document.querySelectorAll<SVGElement>('[data-orientation] svg [data-event-id]')].find((el) => el.checkVisibility())
        mark?.focus()
        return mark !== undefined
      }).catch(() => false) // the document may still be replacing the one navigated from
    const deadline = Date.now() + TIMEOUT_MS
    for (;;) {
      if (!(await focusMark())) {
        if (Date.now() > deadline) throw new Error(`${url}: no mark of the timeline was shown within ${TIMEOUT_MS / 1000} s`)
        await page.waitForTimeout(RETRY_MS)
        continue
      }
      await page.keyboard.press('ArrowDown')
      const answered = await page
        .waitForFunction(() => (window as unknown as { __answeredAt?: number }).__answeredAt !== undefined, undefined, { timeout: RETRY_MS })
        .then(() => true, () => false)
      if (answered) break
      if (Date.now() > deadline) throw new Error(`${url}: no key press was answered within ${TIMEOUT_MS / 1000} s`)
    }
    return await page.evaluate(() => (window as unknown as { __answeredAt: number }).__answeredAt)
  } finally {
    await context.close()
  }
}
