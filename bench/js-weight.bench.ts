/**
 * The JavaScript of the timeline's enhancement, beyond the Next.js baseline of
 * the page, must stay within 30 KB compressed: the story is readable before it
 * arrives, so what it costs a reader on a slow phone has to stay small.
 *
 * The story page loads Next's runtime, the root layout's client code (theme
 * toggle) and the timeline's enhancement. The baseline is the site's 404 page
 * (an unknown story's address): the same root layout and runtime, no timeline,
 * and no content of its own to speak of, so what the story page loads beyond it
 * is the timeline's code. The index page is measured too and printed as a
 * second baseline in the notes. Next's prefetches of linked pages are refused
 * on all three: the index would otherwise load every story's chunks.
 *
 * The zoom code (d3-zoom and lib/layout) loads when the reader first reaches
 * for the timeline, not with the page. It is the timeline's enhancement all
 * the same, so it is weighed too: the story page is loaded again and the
 * pointer moved over the drawing, and the budget is judged on the total.
 *
 * Only script files count toward the budget. The inline scripts in the HTML
 * (React's flight data, which also carries the server-rendered article and SVG)
 * are printed beside it: they grow with the story, not with our code.
 */
import type { Browser, Page } from '@playwright/test'
import { gzipBytes, kb, launchChromium, localOnly, newContext, noPrefetch, recordResources, type LoadedResource } from './browser'
import { prepareBenchContent } from './bench-content'
import type { Figure } from './measure'
import { startSite } from './serve-site'

const STORY = '/timelines/lavrov-blinken-prisoner-swap'
const NOT_FOUND = '/timelines/no-such-story-for-the-js-weight-baseline'
const INDEX = '/'
const BUDGET_KB = 30

interface PageWeight {
  path: string
  /** Scripts loaded once the pointer went over the timeline (the zoom module), already in `scripts`. */
  onUse: LoadedResource[]
  status: number
  /** Prefetches of linked pages refused while it loaded. */
  prefetches: number
  scripts: LoadedResource[]
  scriptBytes: number
  /** gzip bytes the inline <script> elements add to the HTML. */
  inlineBytes: number
}

/** gzip of the HTML, minus gzip of the same HTML without its inline scripts: what they cost inside the compressed page. */
export function inlineScriptBytes(html: string): number {
  const without = html.replace(/<script(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/gi, '')
  return gzipBytes(html) - gzipBytes(without)
}

/** Moves the pointer over the wide drawing, which loads the zoom module, and waits until it has taken over. */
export async function reachForTimeline(page: Page) {
  const svg = page.locator('[data-orientation="horizontal"] svg').first()
  await svg.scrollIntoViewIfNeeded()
  await svg.hover({ position: { x: 10, y: 10 } })
  await page.waitForSelector('.tl-viewer[data-zoom]')
}

async function weigh(browser: Browser, base: string, path: string, use = false): Promise<PageWeight> {
  const context = await newContext(browser)
  await localOnly(context)
  // The index prefetches every story it links to, chunks included: without this it would be no baseline at all.
  const prefetches = await noPrefetch(context)
  const page = await context.newPage()
  const recorder = recordResources(page)
  try {
    const response = await page.goto(base + path, { waitUntil: 'load' })
    // Chunks a page loads after hydration (lazy components) are part of its weight.
    await page.waitForLoadState('networkidle')
    await recorder.settle()
    const before = recorder.resources.length
    if (use) {
      await reachForTimeline(page)
      await page.waitForLoadState('networkidle')
      await recorder.settle()
    }
    const html = (await response?.text()) ?? ''
    const isScript = (r: LoadedResource) => r.type === 'script'
    const scripts = recorder.resources.filter(isScript).sort((a, b) => b.gzip - a.gzip)
    const onUse = recorder.resources.slice(before).filter(isScript)
    return { path, onUse, status: response?.status() ?? 0, prefetches: prefetches.length, scripts, scriptBytes: scripts.reduce((s, r) => s + r.gzip, 0), inlineBytes: inlineScriptBytes(html) }
  } finally {
    await context.close()
  }
}

const chunkName = (url: string) => new URL(url).pathname.replace(/^\/_next\/static\//, '')

/** The story's scripts that the baseline does not load, largest first. */
function extraChunks(story: PageWeight, baseline: PageWeight): LoadedResource[] {
  const seen = new Set(baseline.scripts.map((s) => chunkName(s.url)))
  return story.scripts.filter((s) => !seen.has(chunkName(s.url)))
}

export async function run(): Promise<Figure[]> {
  const site = await startSite({ contentDir: prepareBenchContent(), log: (l) => console.log(`  [js-weight] ${l}`) })
  const browser = await launchChromium()
  try {
    const story = await weigh(browser, site.url, STORY)
    const inUse = await weigh(browser, site.url, STORY, true)
    const notFound = await weigh(browser, site.url, NOT_FOUND)
    const index = await weigh(browser, site.url, INDEX)
    if (story.status !== 200) throw new Error(`${STORY} answered ${story.status}`)
    if (inUse.onUse.length === 0) throw new Error('no script loaded when the pointer went over the timeline: the zoom module was not found to weigh')
    if (notFound.status !== 404) throw new Error(`${NOT_FOUND} answered ${notFound.status}, not 404: it is no baseline`)
    const extra = extraChunks(story, notFound)
    const only = (a: PageWeight, b: PageWeight) => extraChunks(a, b).map((s) => chunkName(s.url))
    const kbStat = (label: string, bytes: number) => ({ label, value: kb(bytes), unit: 'KB' })
    return [
      {
        name: 'timeline JS beyond the 404 page, on load',
        stats: [kbStat('gzip', story.scriptBytes - notFound.scriptBytes)],
        budget: { stat: 'gzip', max: BUDGET_KB },
        notes: [
          `${STORY} loads ${story.scripts.length} scripts, ${kb(story.scriptBytes).toFixed(1)} KB; the 404 page ${notFound.scripts.length}, ${kb(notFound.scriptBytes).toFixed(1)} KB (gzip level 6 per file)`,
          `chunks only the story page loads: ${extra.map((s) => `${chunkName(s.url)} ${kb(s.gzip).toFixed(1)} KB`).join(', ') || 'none'}`,
          ...(only(notFound, story).length ? [`chunks only the 404 page loads: ${only(notFound, story).join(', ')}`] : []),
          `prefetches of linked pages refused (their chunks are not this page's): story ${story.prefetches}, 404 ${notFound.prefetches}, index ${index.prefetches}`,
          `against the index page instead: ${kb(story.scriptBytes - index.scriptBytes).toFixed(1)} KB (index ${kb(index.scriptBytes).toFixed(1)} KB in ${index.scripts.length} scripts)`,
        ],
      },
      {
        name: 'timeline JS beyond the 404 page, zoom in use',
        stats: [kbStat('gzip', inUse.scriptBytes - notFound.scriptBytes)],
        budget: { stat: 'gzip', max: BUDGET_KB },
        notes: [
          `the page's ${kb(story.scriptBytes - notFound.scriptBytes).toFixed(1)} KB above, plus what the pointer over the timeline loads: ${inUse.onUse.map((s) => `${chunkName(s.url)} ${kb(s.gzip).toFixed(1)} KB`).join(', ')}`,
        ],
      },
      {
        name: 'inline scripts (flight data) of the story page',
        stats: [kbStat('gzip', story.inlineBytes)],
        notes: [`404 page ${kb(notFound.inlineBytes).toFixed(1)} KB, index ${kb(index.inlineBytes).toFixed(1)} KB: React's copy of the server-rendered page, counted inside the compressed HTML, not in the budget`],
      },
    ]
  } finally {
    await browser.close()
    await site.stop()
  }
}
