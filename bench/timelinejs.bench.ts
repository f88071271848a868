/**
 * "Bytes over the wire for one widget, compressed, beside the 40 KB budget and
 * beside TimelineJS 3 (from npm) serving the same seed events in the same run"
 * and "time to a visible timeline in headless Chromium for our widget and for
 * TimelineJS with the same events, same run, printed as a ratio": TimelineJS is what newsrooms embed
 * today, so the widget is measured against it on the same story.
 *
 * TimelineJS gets its own page from a local server: its dist CSS and JS from
 * node_modules, and the story as TimelineJS JSON made by lib/timelinejs/export
 * (what /api/timelines/<slug>/timelinejs.json serves), loaded by URL the way
 * TimelineJS embeds load their data. Every request that would leave the
 * machine (web fonts, media services) is refused and counted.
 *
 * Bytes are everything the page fetches on its own until the network is idle,
 * lazy chunks included: a reader downloads them without doing anything. The
 * part that arrived by the load event is printed beside it ("at load").
 *
 * "Visible" means the same thing on both sides: the first moment an event's
 * mark on the timeline has a box inside the viewport and is not hidden or
 * transparent (Element.checkVisibility), checked on every animation frame from
 * the start of the document, in ms since navigation start.
 */
import path from 'node:path'
import type { Browser } from '@playwright/test'
import { loadTimelineFile } from '../lib/content/load.server'
import { formatError } from '../lib/content/errors'
import { exportTimelineJs } from '../lib/timelinejs/export'
import { prepareBenchContent } from './bench-content'
import { kb, launchChromium, localOnly, newContext, noPrefetch, recordResources, type LoadedResource } from './browser'
import { percentile, type Figure } from './measure'
import { startSite } from './serve-site'
import { serveStatic } from './static-server'

/** A published story of middling length: the widget and TimelineJS both show it. */
const SLUG = 'lavrov-blinken-prisoner-swap'
const BUDGET_KB = 40
const RUNS = 5
const TIMEOUT = 60_000

/** Our marks, in the story page or the widget: the event groups of the timeline's SVG. */
export const OUR_MARK = 'svg.tl-svg [data-event-id]'
/** TimelineJS's marks: the markers on its time navigation strip. */
export const TIMELINEJS_MARK = '.tl-timenav .tl-timemarker'

/**
 * Installed before any page script: records in `window.__visibleAt` the first
 * frame where an element matching the selector is on screen.
 */
function visibilityProbe(selector: string): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  const onScreen = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth &&
      el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  };
  const check = () => {
    if ([...document.querySelectorAll(selector)].some(onScreen)) window.__visibleAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`
}

interface Visit {
  visibleMs: number
  resources: LoadedResource[]
  refused: string[]
  status: number
}

async function visit(browser: Browser, url: string, mark: string): Promise<Visit> {
  const context = await newContext(browser)
  await context.addInitScript(visibilityProbe(mark))
  const refused = await localOnly(context)
  // Next prefetches the pages a story links to; those bytes are other pages', not the widget's.
  await noPrefetch(context)
  const page = await context.newPage()
  const recorder = recordResources(page)
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT })
    const status = response?.status() ?? 0
    await page.waitForFunction(() => (window as unknown as { __visibleAt?: number }).__visibleAt !== undefined, undefined, { timeout: TIMEOUT })
    const visibleMs = await page.evaluate(() => (window as unknown as { __visibleAt: number }).__visibleAt)
    // What loads after the first mark (lazy chunks, fonts) is still part of the widget's weight.
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT })
    await recorder.settle()
    return { visibleMs, resources: recorder.resources, refused, status }
  } finally {
    await context.close()
  }
}

function weight(resources: LoadedResource[]) {
  const total = resources.reduce((s, r) => s + r.gzip, 0)
  const late = resources.filter((r) => r.afterLoad)
  const atLoad = total - late.reduce((s, r) => s + r.gzip, 0)
  const lateList = late.map((r) => `${new URL(r.url).pathname} ${kb(r.gzip).toFixed(1)} KB`).join(', ')
  const byType = new Map<string, number>()
  for (const r of resources) byType.set(r.type, (byType.get(r.type) ?? 0) + r.gzip)
  const breakdown = [...byType].sort((a, b) => b[1] - a[1]).map(([type, bytes]) => `${type} ${kb(bytes).toFixed(1)} KB`).join(', ')
  return { total, atLoad, lateList, breakdown, count: resources.length }
}

export function timelineJsPage(title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  // TimelineJS's documented embed: its CSS and JS, a sized container, and the data by URL.
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escaped} (TimelineJS)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script src="/timelinejs/js/timeline.js"></script>
<style>html,body{margin:0;height:100%}#timeline-embed{width:100%;height:600px}</style>
</head><body>
<div id="timeline-embed"></div>
<script>window.timeline = new TL.Timeline('timeline-embed', '/data.json');</script>
</body></html>`
}

export async function run(): Promise<Figure[]> {
  const loaded = await loadTimelineFile(path.join('content', 'timelines', `${SLUG}.mdx`), SLUG)
  if (!loaded.ok) throw new Error(`the seed story does not load:\n${loaded.errors.map(formatError).join('\n')}`)
  const doc = exportTimelineJs(loaded.timeline)

  const site = await startSite({ contentDir: prepareBenchContent(), log: (l) => console.log(`  [timelinejs] ${l}`) })
  const tljs = await serveStatic({
    pages: { '/index.html': timelineJsPage(loaded.timeline.meta.title), '/data.json': JSON.stringify(doc) },
    folders: { '/timelinejs/': 'node_modules/@knight-lab/timelinejs/dist' },
  })
  const browser = await launchChromium()
  try {
    // The widget is the target; on a branch without it the story page stands in, and says so.
    const widgetUrl = `${site.url}/embed/${SLUG}`
    const probe = await fetch(widgetUrl)
    await probe.arrayBuffer()
    const ourUrl = probe.ok ? widgetUrl : `${site.url}/timelines/${SLUG}`
    const ourName = probe.ok ? 'widget' : 'story page (no widget yet)'
    const ourPath = new URL(ourUrl).pathname

    const ours: Visit[] = []
    const theirs: Visit[] = []
    // Alternating, so neither side always runs on a warmer machine.
    for (let i = 0; i < RUNS; i++) {
      ours.push(await visit(browser, ourUrl, OUR_MARK))
      theirs.push(await visit(browser, `${tljs.url}/index.html`, TIMELINEJS_MARK))
    }
    if (ours[0]!.status !== 200) throw new Error(`${ourPath} answered ${ours[0]!.status}`)
    const p50 = (vs: Visit[]) => percentile(vs.map((v) => v.visibleMs).sort((a, b) => a - b), 50)
    const oursMs = p50(ours)
    const theirsMs = p50(theirs)
    const ourWeight = weight(ours[0]!.resources)
    const theirWeight = weight(theirs[0]!.resources)
    const refused = [...new Set(theirs.flatMap((v) => v.refused))]
    const oursRefused = [...new Set(ours.flatMap((v) => v.refused))]
    const kbStat = (label: string, bytes: number) => ({ label, value: kb(bytes), unit: 'KB' })
    const msStat = (label: string, ms: number) => ({ label, value: ms, unit: 'ms' })

    return [
      {
        name: `bytes, ${ourName}`,
        stats: [kbStat('gzip', ourWeight.total), kbStat('at load', ourWeight.atLoad)],
        budget: { stat: 'gzip', max: BUDGET_KB },
        notes: [
          `${ourPath}: ${ourWeight.count} responses, gzip level 6 per response (${ourWeight.breakdown}); TimelineJS ${kb(theirWeight.total).toFixed(1)} KB for the same ${doc.events.length} slides`,
          ...(ourWeight.lateList ? [`loaded after the load event without any input, counted in the total: ${ourWeight.lateList}`] : []),
          ...(probe.ok ? [] : [`/embed/${SLUG} answered ${probe.status} on this build: measured the story page instead, which carries the article too`]),
          ...(oursRefused.length ? [`${oursRefused.length} non-local requests refused: ${oursRefused.slice(0, 3).join(' ')}`] : []),
        ],
      },
      {
        name: 'bytes, TimelineJS 3',
        stats: [kbStat('gzip', theirWeight.total), kbStat('at load', theirWeight.atLoad)],
        notes: [
          `${theirWeight.count} responses (${theirWeight.breakdown}); TimelineJS JSON from lib/timelinejs/export`,
          `${refused.length} non-local requests refused${refused.length ? `: ${refused.slice(0, 4).join(' ')}${refused.length > 4 ? ' …' : ''}` : ''}`,
        ],
      },
      {
        name: `time to visible, ${ourName}`,
        stats: [msStat('p50', oursMs), msStat('max', Math.max(...ours.map((v) => v.visibleMs)))],
        notes: [`first ${OUR_MARK} on screen, ms from navigation start, ${RUNS} cold loads`],
      },
      {
        name: 'time to visible, TimelineJS 3',
        stats: [msStat('p50', theirsMs), msStat('max', Math.max(...theirs.map((v) => v.visibleMs)))],
        notes: [`first ${TIMELINEJS_MARK} on screen, same definition, ${RUNS} cold loads alternating with ours`],
      },
      {
        name: `time to visible, ${probe.ok ? 'widget' : 'story page'} ÷ TimelineJS`,
        stats: [{ label: 'ratio', value: oursMs / theirsMs, unit: '×' }],
        notes: [`${(oursMs / theirsMs).toFixed(2)} ×, p50 against p50; below 1 means ours is visible sooner`],
      },
    ]
  } finally {
    await browser.close()
    await tljs.stop()
    await site.stop()
  }
}
