/**
 * One widget's total transfer, HTML + CSS + JavaScript, compressed, must be at most 40 KB: the widget
 * loads on another site's page, so it must cost that page and its readers less than the embeds it replaces.
 * Serves the production build (building it first when missing or stale), fetches the seed
 * story's widget and everything it loads up front, and gzips each part.
 *
 * Once a reader zooms it, the widget must still weigh at most 35 KB all in (issue 14): measured in a
 * browser (bench/zoomed-widget.ts), in a frame wide enough for the wide drawing and in a phone's,
 * whose tall drawing zooms with code of its own.
 */
import { launchChromium, PHONE_CONTEXT } from './browser'
import type { Figure } from './measure'
import { serveSite } from './serve-site'
import { widgetWeight } from './widget-weight'
import { zoomedWidgetWeight, type ZoomedWeight } from './zoomed-widget'

const SEED = 'lavrov-blinken-prisoner-swap'
const BUDGET_KB = 40
const ZOOMED_BUDGET_KB = 35
/** A frame as wide as a column of a news page: the wide drawing shows (below 768 px the tall one does). */
const WIDE_FRAME = { viewport: { width: 1024, height: 800 } }
const kb = (bytes: number) => bytes / 1024

function zoomedFigure(name: string, weight: ZoomedWeight): Figure {
  const sum = (kind: string) => weight.parts.filter((p) => p.kind === kind).reduce((s, p) => s + p.gzip, 0)
  return {
    name,
    stats: [
      { label: 'total', value: kb(weight.total), unit: 'KB' },
      { label: 'html', value: kb(sum('html')), unit: 'KB' },
      { label: 'css', value: kb(sum('css')), unit: 'KB' },
      { label: 'js', value: kb(sum('js')), unit: 'KB' },
      { label: 'data', value: kb(sum('data')), unit: 'KB' },
    ],
    budget: { stat: 'total', max: ZOOMED_BUDGET_KB },
    notes: [`zoomed to ${weight.zoom}`, ...weight.parts.map((p) => `${p.kind.padEnd(4)} ${new URL(p.url).pathname}: ${p.raw.toLocaleString('en')} B raw, ${p.gzip.toLocaleString('en')} B gzip`)],
  }
}

export async function run(): Promise<Figure[]> {
  const site = await serveSite()
  try {
    const weight = await widgetWeight(site.url, `/embed/${SEED}`)
    const browser = await launchChromium()
    let wide: ZoomedWeight, phone: ZoomedWeight
    try {
      wide = await zoomedWidgetWeight(browser, `${site.url}/embed/${SEED}`, WIDE_FRAME)
      phone = await zoomedWidgetWeight(browser, `${site.url}/embed/${SEED}`, PHONE_CONTEXT)
    } finally {
      await browser.close()
    }
    const sum = (kind: string) => weight.parts.filter((p) => p.kind === kind).reduce((s, p) => s + p.gzip, 0)
    const html = sum('html')
    const notes = weight.parts.map((p) => `${p.kind.padEnd(4)} ${new URL(p.url).pathname}: ${p.raw.toLocaleString('en')} B raw, ${p.gzip.toLocaleString('en')} B gzip`)
    // Not every reader loads every one of these (options applied in a static export, say): the figures below weigh a zoom.
    for (const p of weight.deferred) notes.push(`later (dynamic import or what it imports) ${new URL(p.url).pathname}: ${p.gzip.toLocaleString('en')} B gzip, not counted`)
    notes.push('TimelineJS 3 for comparison: about 76 KB gzipped for its JS and CSS alone (bench/timelinejs.bench.ts measures it)')
    return [
      {
        name: `embed widget transfer, gzip (${SEED})`,
        stats: [
          { label: 'total', value: kb(weight.total), unit: 'KB' },
          { label: 'html', value: kb(html), unit: 'KB' },
          { label: 'css', value: kb(sum('css')), unit: 'KB' },
          { label: 'js', value: kb(sum('js')), unit: 'KB' },
        ],
        budget: { stat: 'total', max: BUDGET_KB },
        notes,
      },
      // Zoom's code loads when a reader first points at, touches or tabs into the widget.
      zoomedFigure('widget zoomed once, wide frame, all in, gzip', wide),
      zoomedFigure('widget zoomed once, phone, all in, gzip', phone),
      {
        // CSS and scripts have content-hashed names and are cached: a second widget on the page costs its HTML.
        name: 'each further widget on the same page, gzip',
        stats: [{ label: 'html', value: kb(html), unit: 'KB' }],
      },
    ]
  } finally {
    await site.stop()
  }
}
