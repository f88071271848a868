import { buildSync } from 'esbuild'
import { expect, test, type Page } from '@playwright/test'

/**
 * Prose sync on a long article, which the story page draws in chunks of
 * sections (lib/content/chunks.ts). The bundled stories are short (one chunk),
 * so this page stands in for a long one: 10 chunks of 20 sections, the chunk
 * rule of styles/globals.css, and the watcher the story page runs.
 */
const CHUNKS = 10
const PER_CHUNK = 20
const SECTION_PX = 200
const ids = Array.from({ length: CHUNKS * PER_CHUNK }, (_, i) => `s${String(i).padStart(3, '0')}`)

const watcher = buildSync({ entryPoints: ['components/timeline/prose-watch.ts'], bundle: true, format: 'iife', globalName: 'ProseWatch', write: false }).outputFiles[0]!.text

const article = `<!doctype html><html><head><style>
  body { margin: 0; font: 16px sans-serif }
  .prose-chunk { content-visibility: auto; contain-intrinsic-size: auto ${PER_CHUNK * 150}px }
  section { height: ${SECTION_PX - 20}px; margin-bottom: 20px; border-left: 3px solid #ccc }
</style></head><body><h1 style="height:1000px">Above the article</h1>
${Array.from(
  { length: CHUNKS },
  (_, c) => `<div class="prose-chunk">${ids
    .slice(c * PER_CHUNK, (c + 1) * PER_CHUNK)
    .map((id) => `<section id="${id}" data-event-section="${id}"><h3>${id}</h3></section>`)
    .join('')}</div>`,
).join('')}
<p style="height:2000px">After the article</p></body></html>`

/** Opens the article, counts the sections the page's intersection observers are given, and starts the watch. */
async function open(page: Page) {
  await page.setViewportSize({ width: 800, height: 800 })
  await page.setContent(article)
  await page.addScriptTag({ content: watcher })
  await page.evaluate((ids) => {
    const w = window as unknown as { current: string[]; watched: Set<Element>; ProseWatch: { watchProse: (ids: string[], on: (id: string) => void) => () => void } }
    w.current = []
    w.watched = new Set()
    const observe = IntersectionObserver.prototype.observe
    const unobserve = IntersectionObserver.prototype.unobserve
    IntersectionObserver.prototype.observe = function (target) {
      if (target.matches('[data-event-section]')) w.watched.add(target)
      observe.call(this, target)
    }
    IntersectionObserver.prototype.unobserve = function (target) {
      w.watched.delete(target)
      unobserve.call(this, target)
    }
    w.ProseWatch.watchProse(ids, (id) => w.current.push(id))
  }, ids)
}

/**
 * Scrolls so that section `n`'s top stands just inside the reading band (20% to 40% of the window, 160 to
 * 320 px): section n − 1 then ends above the band, and n is the first section in it.
 */
const readAt = (page: Page, n: number) =>
  page.evaluate(
    async ({ id }) => {
      const el = document.getElementById(id)!
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      // Chunks drawn for the first time take their real height and move what follows: settle, then measure again.
      let steady = 0
      for (let i = 0; i < 30; i++) {
        const off = el.getBoundingClientRect().top - (innerHeight * 0.2 + 10)
        if (Math.abs(off) < 1) {
          if (++steady === 3) return
        } else {
          steady = 0
          window.scrollBy({ top: off, behavior: 'instant' })
        }
        await frame()
      }
      throw new Error(`${id} would not stay in the reading band`)
    },
    { id: ids[n]! },
  )

const current = (page: Page) => page.evaluate(() => (window as unknown as { current: string[] }).current.at(-1))
const watched = (page: Page) => page.evaluate(() => (window as unknown as { watched: Set<Element> }).watched.size)

test('the section being read is reported, from the first chunk to the last and back', async ({ page }) => {
  await open(page)
  for (const n of [3, 57, 133, 199, 90, 0]) {
    await readAt(page, n)
    await expect.poll(() => current(page), { message: `reading ${ids[n]}` }).toBe(ids[n])
  }
})

test('only the sections of chunks near the reading band are watched, not every section of the story', async ({ page }) => {
  await open(page)
  for (const n of [10, 110, 190]) {
    await readAt(page, n)
    await expect.poll(() => current(page)).toBe(ids[n])
    const count = await watched(page)
    // One chunk in the band, or two when it straddles a boundary: never the 200 sections of the whole story.
    expect(count).toBeGreaterThanOrEqual(PER_CHUNK)
    expect(count).toBeLessThanOrEqual(2 * PER_CHUNK)
  }
})
