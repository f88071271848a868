/**
 * One widget's total transfer, HTML + CSS + JavaScript, compressed, must be at most 40 KB: the widget
 * loads on another site's page, so it must cost that page and its readers less than the embeds it replaces.
 * Serves the production build (building it first when missing or stale), fetches the seed
 * story's widget and everything it loads up front, and gzips each part.
 */
import type { Figure } from './measure'
import { serveSite } from './serve-site'
import { widgetWeight } from './widget-weight'

const SEED = 'lavrov-blinken-prisoner-swap'
const BUDGET_KB = 40
const kb = (bytes: number) => bytes / 1024

export async function run(): Promise<Figure[]> {
  const site = await serveSite()
  try {
    const weight = await widgetWeight(site.url, `/embed/${SEED}`)
    const sum = (kind: string) => weight.parts.filter((p) => p.kind === kind).reduce((s, p) => s + p.gzip, 0)
    const html = sum('html')
    const notes = weight.parts.map((p) => `${p.kind.padEnd(4)} ${new URL(p.url).pathname}: ${p.raw.toLocaleString('en')} B raw, ${p.gzip.toLocaleString('en')} B gzip`)
    for (const p of weight.deferred) notes.push(`later (dynamic import) ${new URL(p.url).pathname}: ${p.gzip.toLocaleString('en')} B gzip, not counted`)
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
      {
        // Zoom's code loads when a reader first points at, touches or tabs into the widget.
        name: 'widget once a reader reaches for it (zoom loaded), gzip',
        stats: [{ label: 'total', value: kb(weight.total + weight.deferred.reduce((s, p) => s + p.gzip, 0)), unit: 'KB' }],
      },
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
