/**
 * The reader-first budgets, on the production build, in one run:
 *
 * - the seed story's page under Lighthouse's mobile preset (performance, total blocking time, layout
 *   shift, largest paint), median of 3 runs, beside a page that holds only TimelineJS 3 with the same
 *   story, audited by the same preset in the same run, alternating with ours;
 * - a story of 2,000 events (every date precision, a quote on about every fifth event): its compressed
 *   HTML, the height of its drawing on a 390 × 844 phone at fit-all, in screens, and the first key press
 *   answered after navigation on that phone and on the desktop;
 * - the 5,000-event story: interactive, read as the first key press answered on the desktop.
 *
 * The widget's budget with its zoom loaded is judged in bench/embed.bench.ts, beside its first load and
 * with the same yardstick (every part gzipped at level 9), once zoomed in a wide frame and on a phone.
 */
import path from 'node:path'
import type { BrowserContextOptions } from '@playwright/test'
import { loadTimelineFile } from '../lib/content/load.server'
import { formatError } from '../lib/content/errors'
import { exportTimelineJs } from '../lib/timelinejs/export'
import { BIG_STORY_EVENTS, BIG_STORY_SLUG, prepareBenchContent, SYNTHETIC_EVENTS, SYNTHETIC_SLUG } from './bench-content'
import { gzipBytes, kb, launchChromium, PHONE, PHONE_CONTEXT } from './browser'
import { DESKTOP_CONTEXT, firstKeyAnswered } from './first-key'
import { startLighthouse, type LighthouseResult } from './lighthouse'
import { percentile, type Figure, type Stat } from './measure'
import { startSite } from './serve-site'
import { serveStatic } from './static-server'
import { timelineJsPage } from './timelinejs.bench'

const SEED = 'lavrov-blinken-prisoner-swap'
const RUNS = 3

const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50)
const ms = (label: string, value: number): Stat => ({ label, value, unit: 'ms', digits: 0 })

interface PerfRun {
  score: number
  tbt: number
  cls: number
  lcp: number
  flagged: string[]
}

function perfOf(lhr: LighthouseResult | undefined): PerfRun {
  if (!lhr) return { score: NaN, tbt: NaN, cls: NaN, lcp: NaN, flagged: ['Lighthouse returned nothing'] }
  if (lhr.runtimeError) return { score: NaN, tbt: NaN, cls: NaN, lcp: NaN, flagged: [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] }
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN
  const flagged = (lhr.categories.performance?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a !== undefined && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
    .map((a) => a!.id)
  for (const id of ['dom-size', 'unused-javascript', 'bootup-time', 'mainthread-work-breakdown'])
    if (lhr.audits[id]?.score !== undefined && lhr.audits[id]!.score !== null && lhr.audits[id]!.score! < 1) flagged.push(id)
  return {
    score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    lcp: value('largest-contentful-paint'),
    flagged: [...new Set(flagged)],
  }
}

function perfSummary(runs: readonly PerfRun[]) {
  return {
    score: median(runs.map((r) => r.score)),
    tbt: median(runs.map((r) => r.tbt)),
    cls: median(runs.map((r) => r.cls)),
    lcp: median(runs.map((r) => r.lcp)),
    text: `scores ${runs.map((r) => r.score).join(', ')}; TBT ${runs.map((r) => r.tbt.toFixed(0)).join(', ')} ms; LCP ${runs.map((r) => r.lcp.toFixed(0)).join(', ')} ms`,
    flagged: [...new Set(runs.flatMap((r) => r.flagged))],
  }
}

async function lighthouseFigures(storyUrl: string): Promise<Figure[]> {
  const loaded = await loadTimelineFile(path.join('content', 'timelines', `${SEED}.mdx`), SEED)
  if (!loaded.ok) throw new Error(`the seed story does not load:\n${loaded.errors.map(formatError).join('\n')}`)
  const tljs = await serveStatic({
    pages: { '/index.html': timelineJsPage(loaded.timeline.meta.title), '/data.json': JSON.stringify(exportTimelineJs(loaded.timeline)) },
    folders: { '/timelinejs/': 'node_modules/@knight-lab/timelinejs/dist' },
  })
  const lighthouse = await startLighthouse()
  const ours: PerfRun[] = []
  const theirs: PerfRun[] = []
  try {
    // Alternating, so neither side always runs on a quieter machine.
    for (let i = 0; i < RUNS; i++) {
      ours.push(perfOf(await lighthouse.audit(storyUrl, ['performance'])))
      theirs.push(perfOf(await lighthouse.audit(`${tljs.url}/index.html`, ['performance'])))
    }
  } finally {
    lighthouse.close()
    await tljs.stop()
  }
  const us = perfSummary(ours)
  const them = perfSummary(theirs)
  const beside = `TimelineJS-only page, same preset, same run: performance ${them.score}, TBT ${them.tbt.toFixed(0)} ms, CLS ${them.cls.toFixed(3)}, LCP ${them.lcp.toFixed(0)} ms`
  const notes = [`/timelines/${SEED}, Lighthouse mobile preset, median of ${RUNS}: ${us.text}`, beside, ...(us.flagged.length ? [`audits below 0.9 in some run: ${us.flagged.join(', ')}`] : [])]
  return [
    { name: 'story page: Lighthouse performance', stats: [{ label: 'score', value: us.score, unit: '', digits: 0 }], budget: { stat: 'score', min: 98 }, notes },
    { name: 'story page: total blocking time', stats: [ms('median', us.tbt)], budget: { stat: 'median', max: 100 } },
    { name: 'story page: cumulative layout shift', stats: [{ label: 'median', value: us.cls, unit: '', digits: 3 }], budget: { stat: 'median', max: 0 } },
    { name: 'story page: largest contentful paint', stats: [ms('median', us.lcp)], budget: { stat: 'median', max: 2000 } },
    {
      name: 'TimelineJS-only page: Lighthouse performance',
      stats: [{ label: 'score', value: them.score, unit: '', digits: 0 }, ms('TBT', them.tbt), ms('LCP', them.lcp)],
      notes: [them.text, ...(them.flagged.length ? [`audits below 0.9 in some run: ${them.flagged.join(', ')}`] : [])],
    },
  ]
}

/** The drawing a 390 × 844 phone shows of a story at fit-all, as the server drew it, in screens. */
async function phoneScreens(url: string): Promise<number> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext(PHONE_CONTEXT)
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'load' })
    const height = await page.locator('[data-orientation] svg:visible').first().evaluate((svg) => svg.getBoundingClientRect().height)
    return height / PHONE.height
  } finally {
    await browser.close()
  }
}

async function keyFigures(base: string): Promise<Figure[]> {
  const browser = await launchChromium()
  try {
    const answer = async (slug: string, context: BrowserContextOptions) => {
      const times: number[] = []
      for (let i = 0; i < RUNS; i++) times.push(await firstKeyAnswered(browser, `${base}/timelines/${slug}`, context))
      return times
    }
    const phone = await answer(BIG_STORY_SLUG, PHONE_CONTEXT)
    const desktop = await answer(BIG_STORY_SLUG, DESKTOP_CONTEXT)
    const big = await answer(SYNTHETIC_SLUG, DESKTOP_CONTEXT)
    const seed = await answer(SEED, DESKTOP_CONTEXT)
    const runs = (t: number[]) => `${RUNS} cold loads: ${t.map((x) => x.toFixed(0)).join(', ')} ms`
    const figure = (name: string, t: number[], max: number, note: string): Figure => ({
      name,
      stats: [ms('median', median(t)), ms('max', Math.max(...t))],
      budget: { stat: 'median', max },
      notes: [`${note}; ${runs(t)}; the seed story answers in ${median(seed).toFixed(0)} ms on the desktop`],
    })
    return [
      figure(`${BIG_STORY_EVENTS} events: first key answered, phone`, phone, 1000, `${PHONE.width} × ${PHONE.height}, touch, ms from navigation start to the selection moving on ArrowDown`),
      figure(`${BIG_STORY_EVENTS} events: first key answered, desktop`, desktop, 1000, '1280 × 800'),
      figure(`${SYNTHETIC_EVENTS} events: interactive (first key answered)`, big, 1500, '1280 × 800'),
    ]
  } finally {
    await browser.close()
  }
}

export async function run(): Promise<Figure[]> {
  const site = await startSite({ contentDir: prepareBenchContent(), log: (l) => console.log(`  [reader] ${l}`) })
  try {
    const figures = await lighthouseFigures(`${site.url}/timelines/${SEED}`)
    const response = await fetch(`${site.url}/timelines/${BIG_STORY_SLUG}`)
    const html = await response.text()
    if (!response.ok) throw new Error(`/timelines/${BIG_STORY_SLUG} answered ${response.status}`)
    figures.push({
      name: `${BIG_STORY_EVENTS} events: compressed HTML`,
      stats: [{ label: 'gzip', value: kb(gzipBytes(html)), unit: 'KB' }, { label: 'raw', value: kb(Buffer.byteLength(html)), unit: 'KB', digits: 0 }],
      budget: { stat: 'gzip', max: 300 },
    })
    const screens = await phoneScreens(`${site.url}/timelines/${BIG_STORY_SLUG}`)
    figures.push({
      name: `${BIG_STORY_EVENTS} events: phone drawing at fit-all`,
      stats: [{ label: 'screens', value: screens, unit: '' }],
      budget: { stat: 'screens', max: 20 },
      notes: [`height of the drawing's SVG on a ${PHONE.width} × ${PHONE.height} phone ÷ ${PHONE.height} px`],
    })
    figures.push(...(await keyFigures(site.url)))
    return figures
  } finally {
    await site.stop()
  }
}
