/**
 * Frame times of a timeline of 5,000 events in headless Chromium: the 95th percentile during a scripted
 * zoom-and-pan must stay within one frame at 60 Hz (16.7 ms), measured with requestAnimationFrame
 * timestamps, and the same script is run against vis-timeline 8 (from npm, with the same data) in the same
 * run, printed side by side as a ratio, so the figure says how Dateline compares with a widely used timeline.
 *
 * Both pages get one script (bench/frame-scripts.ts): 40 wheel steps in over the centre of the visible
 * timeline, 40 drag steps to pan (across 80% of its width, right to left), 40 wheel steps out, each step
 * waiting for the page's next frame, so a page that is slow to draw slows the script rather than having its
 * frames coalesced away. Dateline zooms only when a modifier is held (the page's scroll must never be
 * trapped by the timeline), so its wheel steps hold Control; vis-timeline zooms on the plain wheel by default
 * (zoomKey: ''), so its steps use that, its own default gesture. A phone then scrolls the story's vertical
 * drawing and its article; scrolling the drawing at 9,000 px/s (a fling) is held to the same frame.
 */
import { prepareBenchContent, SYNTHETIC_EVENTS, SYNTHETIC_SLUG, syntheticStory } from './bench-content'
import { launchChromium, localOnly, NAME_SHIM, newContext, PHONE, PHONE_CONTEXT } from './browser'
import { scrollThrough, STEPS, zoomAndPan, type ScriptResult, type Subject } from './frame-scripts'
import type { FrameStats } from './frame-stats'
import type { Figure } from './measure'
import { startSite } from './serve-site'
import { serveStatic } from './static-server'
import { visPage, visSubject } from './vis-page'

/** One frame at 60 Hz: a frame that takes longer is a frame the reader sees missed. */
const BUDGET_MS = 16.7
const LOAD_TIMEOUT = 180_000
/** A phone, for the scroll figure: the width at which the story shows its vertical drawing. */
/** Scroll speeds of the phone figure, px per frame: a brisk fling (3,000 px/s) and a very fast one (9,000 px/s). */
const SCROLL_STEPS = [50, 150]

/** Dateline's story page: its horizontal drawing, and its view as the zoom factor and the ticks drawn. */
const ours: Subject = {
  target: '.tl-viewer [data-orientation="horizontal"]',
  zoomModifier: 'Control',
  // Where the marks are: the middle one of the marks and clusters drawn at fit-all, left to right (the
  // synthetic story's centre is an axis break between antiquity and the crowded twentieth century).
  zoomX: (page) =>
    page.evaluate(() => {
      const xs = [...document.querySelectorAll('.tl-svg-horizontal :is([data-event-id], [data-cluster-id])')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => r.left + r.width / 2)
        .sort((a, b) => a - b)
      return xs.length ? xs[Math.floor(xs.length / 2)]! : null
    }),
  // The zoom module exposes its scale factor as data-zoom on .tl-viewer; the axis ticks show both zoom and pan.
  viewState: (page) =>
    page.evaluate(() => {
      const zoom = document.querySelector<HTMLElement>('.tl-viewer')?.dataset.zoom
      const ticks = [...document.querySelectorAll('.tl-svg-horizontal .tl-tick text')].map((t) => t.textContent).join('|')
      return `${zoom === undefined ? 'no data-zoom' : `data-zoom=${zoom}`}, ticks ${ticks.slice(0, 50)}`
    }),
}

function figure(name: string, r: ScriptResult, notes: string[], budget: boolean): Figure {
  const ms = (label: string, value: number) => ({ label, value, unit: 'ms' })
  return {
    name,
    stats: [ms('p50', r.p50), ms('p95', r.p95), ms('max', r.max)],
    ...(budget ? { budget: { stat: 'p95', max: BUDGET_MS } } : {}),
    notes: [
      `${r.frames} frames over ${(r.durationMs / 1000).toFixed(1)} s of script${r.repeats ? ` (${r.repeats} callbacks repeated a frame's timestamp and were merged into it)` : ''}; idle before it: p50 ${r.idle.p50.toFixed(1)} ms, p95 ${r.idle.p95.toFixed(1)} ms`,
      `${r.missed} of ${r.frames} frames (${((100 * r.missed) / r.frames).toFixed(1)}%) missed a vsync; frame times snapped to whole vsync intervals of ${r.interval.toFixed(2)} ms (measured idle); raw timestamps, coarsened to 0.1 ms: p95 ${r.rawP95.toFixed(1)} ms`,
      ...notes,
    ],
  }
}

export async function run(): Promise<Figure[]> {
  const story = syntheticStory()
  const site = await startSite({ contentDir: prepareBenchContent(story), log: (l) => console.log(`  [frames] ${l}`) })
  const assets = await serveStatic({ pages: { '/vis.html': visPage(story) }, folders: { '/vis/': 'node_modules/vis-timeline' } })
  const browser = await launchChromium()
  try {
    const oursPage = await (await newContext(browser)).newPage()
    const oursRefused = await localOnly(oursPage)
    const t0 = Date.now()
    await oursPage.goto(`${site.url}/timelines/${SYNTHETIC_SLUG}`, { waitUntil: 'load', timeout: LOAD_TIMEOUT })
    // Zoom and pan are the enhancement: measure once it has taken over the server's SVG.
    await oursPage.waitForSelector('.tl-viewer[data-hydrated="true"]', { timeout: LOAD_TIMEOUT })
    const oursReady = Date.now() - t0
    const oursResult = await zoomAndPan(oursPage, ours)
    await oursPage.context().close()

    // Phones get the vertical drawing, and scroll it: no zoom there, but every event drawn in one tall SVG.
    const phone = await browser.newContext(PHONE_CONTEXT)
    await phone.addInitScript(NAME_SHIM)
    const phonePage = await phone.newPage()
    await localOnly(phonePage)
    await phonePage.goto(`${site.url}/timelines/${SYNTHETIC_SLUG}`, { waitUntil: 'load', timeout: LOAD_TIMEOUT })
    await phonePage.waitForSelector('.tl-viewer[data-hydrated="true"]', { timeout: LOAD_TIMEOUT })
    const scrolls: { where: string; step: number; stats: FrameStats }[] = []
    for (const [where, selector] of [
      ['the vertical drawing', '.tl-vertical'],
      ['the article', '.prose-body'],
    ] as const)
      for (const step of SCROLL_STEPS) scrolls.push({ where, step, stats: await scrollThrough(phonePage, selector, step) })
    await phone.close()

    const visPageHandle = await (await newContext(browser)).newPage()
    const visRefused = await localOnly(visPageHandle)
    const t1 = Date.now()
    await visPageHandle.goto(`${assets.url}/vis.html`, { waitUntil: 'load', timeout: LOAD_TIMEOUT })
    await visPageHandle.waitForSelector('body[data-drawn="true"] #timeline .vis-item', { timeout: LOAD_TIMEOUT })
    const visReady = Date.now() - t1
    const visResult = await zoomAndPan(visPageHandle, visSubject)
    await visPageHandle.context().close()

    const zoomNote = (r: ScriptResult) =>
      (r.zoomBefore === r.zoomAfter
        ? `DID NOT ZOOM: ${r.zoomBefore} unchanged after ${STEPS} wheel steps, so these are frames of a page that ignored the gesture`
        : `zoomed: ${r.zoomBefore} → ${r.zoomAfter}`) + (r.panAfter === r.zoomAfter ? '; DID NOT PAN: the drag left the view as it was' : '; the drag panned the view')
    const scrollNote = (r: ScriptResult) => (r.scrolledBy === 0 ? 'the page did not scroll' : `the page scrolled by ${r.scrolledBy} px during the script`)
    const refusedNote = (refused: string[]) => (refused.length ? [`${refused.length} non-local requests refused`] : [])
    return [
      figure(
        `zoom-and-pan ${SYNTHETIC_EVENTS} events (Dateline)`,
        oursResult,
        [`/timelines/${SYNTHETIC_SLUG}, interactive after ${(oursReady / 1000).toFixed(1)} s; wheel with Control held; ${zoomNote(oursResult)}; ${scrollNote(oursResult)}`, ...refusedNote(oursRefused)],
        true,
      ),
      figure(
        `zoom-and-pan ${SYNTHETIC_EVENTS} events (vis-timeline 8)`,
        visResult,
        [`vis-timeline standalone UMD, default options, drawn after ${(visReady / 1000).toFixed(1)} s; plain wheel (its default zoom gesture); ${zoomNote(visResult)}; ${scrollNote(visResult)}`, ...refusedNote(visRefused)],
        false,
      ),
      {
        name: 'zoom-and-pan p95, Dateline ÷ vis-timeline',
        stats: [{ label: 'ratio', value: oursResult.p95 / visResult.p95, unit: '×' }],
        notes: [
          `${(oursResult.p95 / visResult.p95).toFixed(2)} ×; p50 ratio ${(oursResult.p50 / visResult.p50).toFixed(2)} ×; below 1 means Dateline draws its frames faster`,
          ...[oursResult, visResult]
            .filter((r) => r.zoomBefore === r.zoomAfter)
            .map((r) => `not a like-for-like comparison: ${r === oursResult ? 'Dateline' : 'vis-timeline'} did not zoom`),
        ],
      },
      ...scrolls.map(({ where, step, stats }) => ({
        name: `phone scroll ${step * 60} px/s, ${where === 'the article' ? 'article' : 'vertical drawing'}`,
        stats: [
          { label: 'p50', value: stats.p50, unit: 'ms' },
          { label: 'p95', value: stats.p95, unit: 'ms' },
          { label: 'max', value: stats.max, unit: 'ms' },
        ],
        // A fling through the drawing is what a phone reader does with a long story: it must not drop frames.
        ...(where !== 'the article' && step * 60 >= 9_000 ? { budget: { stat: 'p95', max: BUDGET_MS } } : {}),
        notes: [`${PHONE.width} × ${PHONE.height}, ${SYNTHETIC_EVENTS} events; ${step} px a frame through ${where} for ${stats.frames} frames; ${stats.missed} missed a vsync`],
      })),
    ]
  } finally {
    await browser.close()
    await assets.stop()
    await site.stop()
  }
}
