/**
 * `npm run check` must check 200 files in under 3 s, so a writer runs it on every save and CI on every
 * change without waiting. Writes 200
 * synthetic stories of news-story size to bench/out/check-200/ (never content/),
 * then runs the check command on them as a writer or CI would, each time with
 * an empty compile cache, so every file is bundled from scratch. The budget is
 * the median wall time of those cold runs, Node's and tsx's start-up included.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { percentile, type Figure } from './measure'
import { writeStoryMdx } from '../lib/test-support/synthetic-mdx'
import { generateStory } from '../lib/test-support/synthetic-story'

const FILES = 200
/** Events per story: the seed story has 12; long investigations run to a few dozen. */
const EVENTS_PER_FILE = 30
const RUNS = 3
const BUDGET_MS = 3_000

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

function checkOnce(dir: string, cacheDir: string): { wallMs: number; reportedMs: number; files: number; errors: number } {
  const started = performance.now()
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/check.ts', '--dir', dir, '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATELINE_MDX_CACHE_DIR: cacheDir },
    maxBuffer: 64 * 1024 * 1024,
  })
  const wallMs = performance.now() - started
  if (r.status !== 0) throw new Error(`check failed on synthetic stories (exit ${r.status}):\n${r.stdout.slice(0, 2000)}${r.stderr}`)
  const out = JSON.parse(r.stdout) as { files: number; errors: unknown[]; ms?: number }
  return { wallMs, reportedMs: out.ms ?? NaN, files: out.files, errors: out.errors.length }
}

/** CPU time of validating every file in this process, one thread: what the check costs, whatever else the machine is doing. */
async function cpuOnce(dir: string): Promise<number> {
  const { listSlugs, loadTimelineFile } = await import('../lib/content/load.server')
  const slugs = await listSlugs(dir)
  const before = process.cpuUsage()
  const results = await Promise.all(slugs.map((s) => loadTimelineFile(path.join(dir, `${s}.mdx`), s, { compile: false })))
  const used = process.cpuUsage(before)
  if (results.some((r) => !r.ok)) throw new Error('synthetic stories failed validation')
  return (used.user + used.system) / 1000
}

export async function run(): Promise<Figure[]> {
  const dir = path.join(root, 'bench', 'out', `check-${FILES}`)
  rmSync(dir, { recursive: true, force: true })
  let events = 0
  for (let i = 0; i < FILES; i++) {
    const story = generateStory({ events: EVENTS_PER_FILE, seed: 1000 + i })
    events += story.sources.length
    writeStoryMdx(story, path.join(dir, `synthetic-${String(i).padStart(3, '0')}.mdx`))
  }

  const cold: number[] = []
  const inProcess: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const cache = mkdtempSync(path.join(tmpdir(), 'dateline-check-cache-'))
    try {
      const r = checkOnce(dir, cache)
      if (r.files !== FILES) throw new Error(`checked ${r.files} files, expected ${FILES}`)
      cold.push(r.wallMs)
      inProcess.push(r.reportedMs)
    } finally {
      rmSync(cache, { recursive: true, force: true })
    }
  }
  // The first in-process pass loads and compiles the modules; the second is the steady cost per run.
  await cpuOnce(dir)
  const cpu = await cpuOnce(dir)
  const sorted = [...cold].sort((a, b) => a - b)
  const sortedIn = [...inProcess].sort((a, b) => a - b)
  const ms = (label: string, value: number) => ({ label, value, unit: 'ms' })
  return [
    {
      name: `check ${FILES} files, cold (wall)`,
      stats: [ms('p50', percentile(sorted, 50)), ms('max', sorted[sorted.length - 1]!)],
      budget: { stat: 'p50', max: BUDGET_MS },
      notes: [
        `${FILES} files, ${events} events in all, ${RUNS} runs, each with an empty compile cache; in-process p50 ${percentile(sortedIn, 50).toFixed(0)} ms`,
        // Wall time on a shared machine says as much about the neighbours as about the check.
        `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the end`,
      ],
    },
    {
      name: `check ${FILES} files (CPU time, one thread)`,
      stats: [ms('cpu', cpu)],
      notes: ['validation only, modules already loaded; start-up adds about a second of CPU (tsx, zod, micromark, edtf)'],
    },
  ]
}
