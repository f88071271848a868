/**
 * Lighthouse's SEO score of the index, a story page and a tag page must be 100: these are the pages a
 * search engine lists, and each audit it fails (a missing description, a link without text) loses readers.
 *
 * The production site (content/timelines, built and served by serve-site.ts for its own origin, so
 * canonical URLs, robots.txt and the sitemap name the address Lighthouse loads) is audited by
 * Lighthouse's default configuration, the mobile preset, SEO category only, three times per page in
 * one headless Chromium; the figure is the median score. The notes name every audit that failed in any
 * run, with what Lighthouse says of it, and a page that did not answer 200.
 */
import { startLighthouse, type Lighthouse } from './lighthouse'
import { percentile, type Figure } from './measure'
import { startSite } from './serve-site'

export const SEO_PAGES = [
  { name: 'index', path: '/' },
  { name: 'story page', path: '/timelines/lavrov-blinken-prisoner-swap' },
  { name: 'tag page', path: '/tags/prisoners' },
]
const RUNS = 3
const MIN_SCORE = 100

/** One Lighthouse run of one page, reduced to what the figure prints. */
export interface SeoRun {
  /** The SEO category's score, 0–100; NaN when Lighthouse could not score the page. */
  score: number
  /** The main document's HTTP status. */
  status: number | undefined
  /** Audits that counted toward the score and did not pass: `id: title (what Lighthouse explains)`. */
  failing: string[]
  /** Lighthouse's runtime error (the page did not load, Chrome crashed), when there was one. */
  error?: string
}

/** The figure of one page: the median of its runs' scores, held to a score of at least 100. */
export function seoFigure(name: string, path: string, runs: readonly SeoRun[]): Figure {
  const scores = runs.map((r) => r.score).filter((s) => Number.isFinite(s))
  const median = scores.length ? percentile([...scores].sort((a, b) => a - b), 50) : NaN
  const notes = [`${path}: ${runs.length} runs, scores ${runs.map((r) => (Number.isFinite(r.score) ? String(r.score) : 'none')).join(', ')}`]
  const statuses = new Set(runs.map((r) => r.status))
  if (!(statuses.size === 1 && statuses.has(200))) notes.push(`HTTP status ${[...statuses].map((s) => s ?? 'none').join(', ')}, not 200`)
  for (const error of new Set(runs.flatMap((r) => (r.error ? [r.error] : [])))) notes.push(`Lighthouse: ${error}`)
  for (const audit of new Set(runs.flatMap((r) => r.failing))) notes.push(`failed: ${audit}`)
  return { name: `seo: ${name}`, stats: [{ label: 'score', value: median, unit: '', digits: 0 }], budget: { stat: 'score', min: MIN_SCORE }, notes }
}

async function audit(url: string, lighthouse: Lighthouse): Promise<SeoRun> {
  const lhr = await lighthouse.audit(url, ['seo'])
  if (!lhr) return { score: NaN, status: undefined, failing: [], error: 'no result' }
  const category = lhr.categories.seo
  const failing = (category?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a !== undefined && a.score !== null && a.score < 1)
    .map((a) => `${a!.id}: ${a!.title}${a!.explanation ? ` (${a!.explanation})` : ''}`)
  return {
    score: category?.score == null ? NaN : Math.round(category.score * 100),
    status: lhr.audits['http-status-code']?.score === 1 ? 200 : await statusOf(url),
    failing,
    ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  }
}

/** The status the page answers with, asked again when Lighthouse's status audit failed (it does not say which). */
async function statusOf(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { redirect: 'manual' })
    await response.arrayBuffer()
    return response.status
  } catch {
    return undefined
  }
}

export async function run(): Promise<Figure[]> {
  const site = await startSite({ log: (line) => console.log(`  [site] ${line}`) })
  const lighthouse = await startLighthouse()
  try {
    const figures: Figure[] = []
    for (const page of SEO_PAGES) {
      const runs: SeoRun[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await audit(site.url + page.path, lighthouse))
      figures.push(seoFigure(page.name, page.path, runs))
    }
    return figures
  } finally {
    lighthouse.close()
    await site.stop()
  }
}
