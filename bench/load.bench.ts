/**
 * The production server under load: `next start` serving the published stories, driven by
 * autocannon over loopback with 50 connections, one target at a time (the index, a story page,
 * the widget, oEmbed, the TimelineJS JSON). Every response must be 2xx, with no connection
 * errors; and the server's memory must settle after the load: a minute after the last target,
 * its RSS (summed over the process tree) is at most 25 % above what it was before.
 *
 *   DATELINE_LOAD_SECONDS=5 DATELINE_LOAD_IDLE_SECONDS=10 npm run bench -- load   a quick run
 */
import autocannon, { type Result } from 'autocannon'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { listSlugs } from '../lib/content/load.server'
import { memoryFigure, secondsFromEnv, targetFigure } from './load-report'
import type { Figure } from './measure'
import { treeRss } from './proc-tree'
import { startSite, type Site } from './serve-site'

const CONNECTIONS = 50
const SECONDS = secondsFromEnv(process.env.DATELINE_LOAD_SECONDS, 20, { min: 1, max: 120 })
const IDLE_SECONDS = secondsFromEnv(process.env.DATELINE_LOAD_IDLE_SECONDS, 60, { min: 0, max: 600 })
/** autocannon's default: a response slower than this counts as a timeout, and as an error. */
const TIMEOUT_SECONDS = 10
const SAMPLE_MS = 250
/** Sequential requests to each target before "before" is read, so it counts the code every route loads. */
const WARMUP_REQUESTS = 3

interface Target {
  name: string
  path: string
}

function targets(slug: string, origin: string): Target[] {
  // oEmbed answers only for a page of the origin the server calls its own: serve-site.ts starts
  // `next start` with DATELINE_SITE_URL set to the address it serves (lib/site.ts, app/api/oembed/route.ts).
  const page = `${origin}/timelines/${slug}`
  return [
    { name: 'load: index', path: '/' },
    { name: 'load: story page', path: `/timelines/${slug}` },
    { name: 'load: widget', path: `/embed/${slug}` },
    { name: 'load: oEmbed', path: `/api/oembed?url=${encodeURIComponent(page)}&format=json` },
    { name: 'load: TimelineJS JSON', path: `/api/timelines/${slug}/timelinejs.json` },
  ]
}

/**
 * Summed RSS of the server's tree, kB, sampled every SAMPLE_MS: the peak so far and since the last
 * `mark()`, and how often another pid was serving (serve-site.ts starts a server ended from outside again).
 */
class RssSampler {
  peakKb = 0
  sincePeakKb = 0
  sinceRestarts = 0
  samples = 0
  private lastPid: number | undefined
  /** pids the server had, so a restart (serve-site.ts starts a killed server again) is reported. */
  readonly pids = new Set<number>()
  private readonly timer: NodeJS.Timeout

  constructor(private readonly site: Site) {
    this.timer = setInterval(() => this.sample(), SAMPLE_MS)
  }

  sample(): number | undefined {
    const pid = this.site.pid()
    const rss = pid === undefined ? undefined : treeRss(pid)
    if (pid === undefined || !rss) return undefined
    if (this.lastPid !== undefined && pid !== this.lastPid) this.sinceRestarts++
    this.lastPid = pid
    this.pids.add(pid)
    this.samples++
    this.peakKb = Math.max(this.peakKb, rss.kb)
    this.sincePeakKb = Math.max(this.sincePeakKb, rss.kb)
    return rss.kb
  }

  /** Peak and restarts since the previous mark, and starts a new stretch. */
  mark(): { peakKb: number; restarts: number } {
    const stretch = { peakKb: this.sincePeakKb, restarts: this.sinceRestarts }
    this.sincePeakKb = 0
    this.sinceRestarts = 0
    return stretch
  }

  stop() {
    clearInterval(this.timer)
  }
}

/**
 * One autocannon run against one URL of 127.0.0.1, ended by its duration or, failing that, by a deadline;
 * with its request errors counted by kind (ECONNRESET, ECONNREFUSED, "request timed out"…), which the result does not keep.
 */
function cannon(url: string): Promise<{ result: Result; errorKinds: Map<string, number> }> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`load is only ever sent over loopback, not to ${url}`)
  const errorKinds = new Map<string, number>()
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      // Browsers ask for gzip, and `next start` compresses: the load includes that work.
      { url, connections: CONNECTIONS, duration: SECONDS, timeout: TIMEOUT_SECONDS, pipelining: 1, headers: { 'accept-encoding': 'gzip' } },
      (error, result) => {
        clearTimeout(stopAt)
        clearTimeout(giveUpAt)
        if (error) reject(error)
        else resolve({ result, errorKinds })
      },
    )
    instance.on('reqError', (error: Error & { code?: string }) => {
      const kind = error.code ?? error.message
      errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1)
    })
    // autocannon ends itself after `duration`; these bound the run if it does not.
    const stopAt = setTimeout(() => instance.stop(), (SECONDS + TIMEOUT_SECONDS + 5) * 1000)
    const giveUpAt = setTimeout(() => reject(new Error(`autocannon did not finish on ${url}`)), (SECONDS + TIMEOUT_SECONDS + 20) * 1000)
  })
}

/** A few sequential requests, so every route's code is loaded before memory is read; the status of the last. */
async function warm(url: string): Promise<number> {
  let status = 0
  for (let i = 0; i < WARMUP_REQUESTS; i++) {
    const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_SECONDS * 1000) })
    await res.arrayBuffer()
    status = res.status
  }
  return status
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`

export async function run(): Promise<Figure[]> {
  const contentDir = path.join(process.cwd(), 'content', 'timelines')
  const slug = (await listSlugs(contentDir))[0]
  if (!slug) throw new Error(`no story in ${contentDir}`)
  const site = await startSite({ contentDir, log: (line) => console.log(`  [site] ${line}`) })
  let sampler: RssSampler | undefined
  try {
    const list = targets(slug, site.url)
    const pid = site.pid()
    const cold = pid === undefined ? undefined : treeRss(pid)
    if (pid === undefined || !cold) throw new Error('the server ended before the load')
    const warmNotes: string[] = []
    for (const t of list) {
      const status = await warm(site.url + t.path)
      if (status < 200 || status > 299) warmNotes.push(`before the load, ${t.path} answered ${status}`)
    }
    const before = treeRss(site.pid() ?? pid)
    if (!before) throw new Error('the server ended before the load')

    sampler = new RssSampler(site)
    const figures: Figure[] = []
    for (const t of list) {
      console.log(`  [load] ${t.path}: ${CONNECTIONS} connections, ${SECONDS} s`)
      sampler.mark()
      const { result, errorKinds } = await cannon(site.url + t.path)
      sampler.sample()
      figures.push(targetFigure(t.name, t.path, result, { ...sampler.mark(), errorKinds }))
    }

    // Idle: the server's own timers and the garbage collector have the machine; sample every 15 s.
    const idle: string[] = []
    console.log(`  [load] idle ${IDLE_SECONDS} s`)
    sampler.stop()
    for (let waited = 0; waited < IDLE_SECONDS; ) {
      const step = Math.min(15, IDLE_SECONDS - waited)
      await sleep(step * 1000)
      waited += step
      const now = treeRss(site.pid() ?? pid)
      idle.push(`${waited} s ${now ? mb(now.kb) : 'gone'}`)
    }
    const afterPid = site.pid()
    const after = afterPid === undefined ? undefined : treeRss(afterPid)
    if (!after) throw new Error('the server ended during the idle minute')
    if (afterPid !== undefined) sampler.pids.add(afterPid)

    const notes = [
      `next start pid ${pid}, ${after.pids.length} process${after.pids.length === 1 ? '' : 'es'} in its tree after the load; VmRSS summed from /proc`,
      `cold (just started) ${mb(cold.kb)}; before = after ${WARMUP_REQUESTS} requests to each target, so every route's code is loaded`,
      `peak from ${sampler.samples} samples every ${SAMPLE_MS} ms during the load; idle: ${idle.join(', ') || 'none'}`,
      `${CONNECTIONS} connections, ${SECONDS} s per target, one target at a time; autocannon runs in this process, on the same ${availableParallelism()}-core machine, load average ${loadavg()[0]!.toFixed(1)} at the end`,
      ...warmNotes,
      ...(sampler.pids.size > 1 ? [`the server was started again during the run (pids ${[...sampler.pids].join(', ')}): the memory figures mix processes`] : []),
    ]
    figures.push(memoryFigure({ beforeKb: before.kb, peakKb: Math.max(sampler.peakKb, before.kb), afterKb: after.kb }, IDLE_SECONDS, notes))
    return figures
  } finally {
    sampler?.stop()
    await site.stop()
  }
}
