/**
 * What one widget costs a reader who zooms it, all in: everything the browser fetched from the
 * widget's first request until it has zoomed in once (the document, stylesheets, scripts, any data),
 * each body gzipped at level 9 as bench/widget-weight.ts counts the first load. Measured in a
 * browser rather than read from the chunk graph, so it counts what that reader's zoom loads (the
 * zoom of the drawing the frame shows, the layout code, the renderer, data fetched for it) and
 * nothing it does not (the chunk that applies options in a static export), whatever the bundler
 * names the chunks and however the design splits them.
 */
import type { Browser, BrowserContextOptions } from '@playwright/test'
import { localOnly, NAME_SHIM } from './browser'
import { weightPart, type WeightPart } from './widget-weight'

export interface ZoomedWeight {
  parts: WeightPart[]
  /** gzip (level 9) of every body fetched, summed. */
  total: number
  /** The zoom the widget reported (`data-zoom`) when measured: above 1, or the measure fails. */
  zoom: number
}

const kindOf = (type: string): WeightPart['kind'] => (type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'data')

/**
 * Opens `url` in a fresh context (empty cache) with `context` (a viewport wide enough for the wide
 * drawing, or a phone's for the tall one), gives the first mark of the drawing shown the focus,
 * presses `+`, and waits until the widget says it has zoomed and the network is idle.
 */
export async function zoomedWidgetWeight(browser: Browser, url: string, context: BrowserContextOptions): Promise<ZoomedWeight> {
  const ctx = await browser.newContext(context)
  await ctx.addInitScript(NAME_SHIM)
  const refused = await localOnly(ctx)
  try {
    const page = await ctx.newPage()
    const parts: WeightPart[] = []
    const pending: Promise<void>[] = []
    page.on('response', (response) => {
      // Redirects and 304s carry no body; a fresh context sees neither for the widget's own files.
      if (response.status() >= 300 && response.status() < 400) return
      const kind = kindOf(response.request().resourceType())
      pending.push(response.body().then((body) => void parts.push(weightPart(response.url(), kind, body))))
    })
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForSelector('.tl-viewer[data-hydrated]')
    const narrow = await page.evaluate(() => window.matchMedia('(max-width: 767.98px)').matches)
    await page.locator(`[data-orientation="${narrow ? 'vertical' : 'horizontal'}"] [data-event-id]`).first().focus()
    await page.keyboard.press('+')
    await page.waitForFunction(() => Number(document.querySelector('.tl-viewer')?.getAttribute('data-zoom')) > 1)
    await page.waitForLoadState('networkidle')
    await Promise.all(pending)
    const zoom = Number(await page.locator('.tl-viewer').getAttribute('data-zoom'))
    if (refused.length > 0) throw new Error(`the widget asked for addresses off this machine: ${refused.join(', ')}`)
    return { parts, total: parts.reduce((s, p) => s + p.gzip, 0), zoom }
  } finally {
    await ctx.close()
  }
}
