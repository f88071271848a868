/**
 * Whether the build scales with the archive: a newsroom's archive grows by thousands of stories, and
 * publishing one more must not mean rebuilding them all. Writes an archive of synthetic stories (30–300 events
 * each, every date form, quotes, several languages) under bench/out/build-<n>/content (never content/),
 * builds the site from it into its own folder, and prints for 100 and for 1,000 stories: the full build
 * from nothing, a second build with nothing changed, and one after one story changed. Each with wall
 * time, CPU time (user + system of the whole process tree), peak memory (summed RSS of the tree) and
 * the output's size.
 *
 * `DATELINE_BUILD_STORIES=100` (a comma-separated list) measures other archive sizes.
 */
import { spawn } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import type { Figure, Stat } from './measure'
import { parseCpuTicks, processTable, treeCpuTicks, treeRss } from './proc-tree'
import { preserveFiles } from './serve-site'
import { writeStoryMdx } from '../lib/test-support/synthetic-mdx'
import { generateStory } from '../lib/test-support/synthetic-story'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The command measured, run with node from the project folder: `npm run export` (scripts/export.ts: a production
 * build into its own folder, then every page fetched from the production server and written as a file) for
 * the archive's folders. OUTPUT_OF is what is reported as the output: the export, what a host serves.
 */
export const BUILD_COMMAND = (distDir: string, outDir: string) => ['node_modules/tsx/dist/cli.mjs', 'scripts/export.ts', '--dist', distDir, '--out', outDir]
export const OUTPUT_OF = (outDir: string) => ({ dir: outDir, skip: [] as string[] })

const DEFAULT_SIZES = [100, 1_000]
const MIN_EVENTS = 30
const MAX_EVENTS = 300
// Every language with a messages file (lib/i18n), Arabic written right to left.
const LANGUAGES = ['en', 'es', 'ru', 'ar'] as const
const FULL_BUDGET_MIN = 10
const PEAK_BUDGET_MB = 2_048
const ONE_CHANGE_SHARE = 0.4
/** The origin the bench builds are made for; nothing serves them. */
const ORIGIN = 'http://127.0.0.1:3999'

/** Events of story `i`: spread over 30–300 by a fixed stride, so every archive size has short and long ones. */
export function eventsOf(i: number): number {
  return MIN_EVENTS + ((i * 97) % (MAX_EVENTS - MIN_EVENTS + 1))
}

/** A publication day for story `i`, spread over 2016–2024 so listings and feeds have a real order. */
export function publishedOf(i: number): string {
  const day = new Date(Date.UTC(2016, 0, 1) + ((i * 7919) % 3288) * 86_400_000)
  return day.toISOString().slice(0, 10)
}

const slugOf = (i: number) => `story-${String(i).padStart(4, '0')}`

/** Writes `n` stories into `dir` (emptied first); returns the events written. */
function writeArchive(dir: string, n: number): number {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  let events = 0
  for (let i = 0; i < n; i++) {
    const story = generateStory({ events: eventsOf(i), seed: 10_000 + i })
    events += story.sources.length
    writeStoryMdx(story, path.join(dir, `${slugOf(i)}.mdx`), {
      title: `Synthetic story ${i + 1} of ${n}, ${story.sources.length} events`,
      language: LANGUAGES[i % LANGUAGES.length],
      published: publishedOf(i),
      // Twelve subjects, each on a twelfth of the archive: a tag page draws every event of its stories, so one tag
      // on every story would make one page the size of the whole archive (160,000 events at 1,000 stories).
      tags: [`group-${i % 12}`],
    })
  }
  return events
}

/** Bytes and files under `dir`, leaving out its top-level folders named in `skip`. */
function sizeOf(dir: string, skip: readonly string[] = []): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  const walk = (d: string, top: boolean) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (top && skip.includes(entry.name)) continue
      const p = path.join(d, entry.name)
      if (entry.isDirectory()) walk(p, false)
      else if (entry.isFile()) {
        bytes += statSync(p).size
        files++
      }
    }
  }
  if (existsSync(dir)) walk(dir, true)
  return { bytes, files }
}

interface Run {
  wallMs: number
  cpuMs: number
  peakMb: number
  output: string
}

/**
 * Runs the measured command under `sh`, which, once it has waited for it, reads its own
 * /proc/<pid>/stat: the children's CPU time there is that of the whole tree (proc(5)).
 * Peak memory is the highest summed RSS of the tree, sampled every 200 ms.
 */
function measureBuild(env: NodeJS.ProcessEnv, command: readonly string[], log: string): Promise<Run> {
  const statFile = path.join(tmpdir(), `dateline-build-bench-${process.pid}-${Date.now()}.stat`)
  const script = '"$@"; s=$?; { cat /proc/$$/stat; getconf CLK_TCK; } > "$DATELINE_STAT_FILE"; exit $s'
  const restore = preserveFiles(['tsconfig.json', 'next-env.d.ts'])
  return new Promise<Run>((resolve, reject) => {
    const started = performance.now()
    const child = spawn('/bin/sh', ['-c', script, 'sh', process.execPath, ...command], {
      cwd: root,
      env: { ...env, DATELINE_STAT_FILE: statFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    // Written to the log as it comes too, so a build stopped before its end leaves how far it got.
    writeFileSync(log, '')
    const take = (d: Buffer) => {
      output += d.toString()
      appendFileSync(log, d)
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    let peakKb = 0
    // A build's workers may end without their parent waiting for them, and then their CPU time is in no
    // parent's children's time: each process's own time is sampled too, the last reading of each kept.
    const seen = new Map<number, number>()
    const sample = () => {
      if (child.pid === undefined) return
      // One reading of the process table for both: it is most of a sample's cost.
      const table = processTable()
      const rss = treeRss(child.pid, '/proc', table)
      if (rss) peakKb = Math.max(peakKb, rss.kb)
      for (const [pid, ticks] of treeCpuTicks(child.pid, '/proc', table)) seen.set(pid, Math.max(ticks, seen.get(pid) ?? 0))
    }
    const timer = setInterval(sample, 200)
    child.once('error', reject)
    child.once('exit', (code) => {
      clearInterval(timer)
      const wallMs = performance.now() - started
      if (code !== 0) return reject(new Error(`${command.join(' ')} failed (exit ${code}):\n${output.trimEnd().split('\n').slice(-40).join('\n')}`))
      const [statLine = '', ticksLine = '100'] = readFileSync(statFile, 'utf8').split('\n')
      rmSync(statFile, { force: true })
      const cpu = parseCpuTicks(statLine)
      if (!cpu) return reject(new Error(`cannot read CPU time from ${statLine}`))
      // Both are lower bounds: the waited-for children's total misses the orphans, the samples the last 200 ms of each process.
      const sampled = [...seen.values()].reduce((a, b) => a + b, 0)
      const ticks = Math.max(cpu.self + cpu.children, sampled)
      resolve({ wallMs, cpuMs: (ticks * 1000) / Number(ticksLine), peakMb: peakKb / 1024, output })
    })
  }).finally(restore)
}

/** Rewrites one story's title, the kind of edit a desk makes: its page, the index and the feeds change. */
function changeOneStory(contentDir: string, n: number): string {
  const file = path.join(contentDir, `${slugOf(Math.floor(n / 2))}.mdx`)
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace(/^title: (.*)$/m, (_, t: string) => `title: ${t} (updated ${Date.now()})`))
  return path.basename(file)
}

const mb = (bytes: number) => bytes / 1024 / 1024

function stats(r: Run, outputBytes: number): Stat[] {
  return [
    { label: 'wall', value: r.wallMs / 1000, unit: 's' },
    { label: 'cpu', value: r.cpuMs / 1000, unit: 's' },
    { label: 'peak', value: r.peakMb, unit: 'MB', digits: 0 },
    { label: 'out', value: mb(outputBytes), unit: 'MB' },
  ]
}

async function archive(n: number): Promise<{ figures: Figure[]; full: Run }> {
  const base = path.join(root, 'bench', 'out', `build-${n}`)
  const contentDir = path.join(base, 'content')
  const distDir = path.relative(root, path.join(base, 'next'))
  const outDir = path.relative(root, path.join(base, 'out'))
  const command = BUILD_COMMAND(distDir, outDir)
  const events = writeArchive(contentDir, n)
  // From nothing: no earlier build, no caches.
  rmSync(path.join(root, distDir), { recursive: true, force: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATELINE_CONTENT_DIR: contentDir,
    DATELINE_SITE_URL: ORIGIN,
  }
  const output = () => {
    const o = OUTPUT_OF(path.join(root, outDir))
    return sizeOf(o.dir, o.skip)
  }
  // Each build's own output is kept beside the archive (bench/out/build-<n>/<what>.log), to see where its time went.
  const logOf = (what: string) => path.join(base, `${what.replace(/ /g, '-')}.log`)
  const progress = (what: string, r: Run, bytes: number) => {
    console.log(`  [build ${n}] ${what}: ${stats(r, bytes).map((x) => `${x.label} ${x.value.toFixed(x.digits ?? 1)} ${x.unit}`).join(', ')}`)
  }
  const full = await measureBuild(env, command, logOf('from nothing'))
  const fullOut = output()
  progress('from nothing', full, fullOut.bytes)
  const cache = sizeOf(path.join(root, distDir, 'cache'))
  const pages = /(\d+) prerendered pages/.exec(full.output)?.[1] ?? '?'
  const exported = /^Exported .*$/m.exec(full.output)?.[0] ?? ''
  const same = await measureBuild(env, command, logOf('nothing changed'))
  const sameOut = output()
  progress('nothing changed', same, sameOut.bytes)
  const changed = changeOneStory(contentDir, n)
  const one = await measureBuild(env, command, logOf('one changed'))
  const oneOut = output()
  progress('one changed', one, oneOut.bytes)
  const load = `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores after the three builds`
  const figures: Figure[] = [
    {
      name: `build ${n} stories, from nothing`,
      stats: stats(full, fullOut.bytes),
      budget: { stat: 'wall', max: FULL_BUDGET_MIN * 60 },
      notes: [
        `${n} stories, ${events} events, ${LANGUAGES.length} languages; ${pages} prerendered pages, ${fullOut.files} files out; caches left for the next build ${mb(cache.bytes).toFixed(0)} MB`,
        `\`node ${command.join(' ')}\` (npm run export): built into ${distDir}, written to ${outDir}. ${exported}`,
      ],
    },
    {
      name: `build ${n} stories, peak memory`,
      stats: [{ label: 'peak', value: full.peakMb, unit: 'MB', digits: 0 }],
      budget: { stat: 'peak', max: PEAK_BUDGET_MB },
      notes: ['summed RSS of the build and every process it started, sampled every 200 ms; pages shared between processes count once per process'],
    },
    {
      name: `build ${n} stories, nothing changed`,
      stats: [...stats(same, sameOut.bytes), { label: 'of full', value: same.wallMs / full.wallMs, unit: '×' }],
    },
    {
      name: `build ${n} stories, one changed`,
      stats: [...stats(one, oneOut.bytes), { label: 'of full', value: one.wallMs / full.wallMs, unit: '×' }],
      budget: { stat: 'of full', max: ONE_CHANGE_SHARE },
      notes: [`${changed} retitled; ${load}: wall times on a shared machine move with the neighbours' builds, CPU time less so`],
    },
  ]
  return { figures, full }
}

/** How the full build's cost grows: per story at each size, so a straight line reads as equal figures. */
function growth(fulls: readonly { n: number; full: Run }[]): Figure[] {
  if (fulls.length < 2) return []
  return fulls.map(({ n, full }) => ({
    name: `build cost per story at ${n}`,
    stats: [
      { label: 'wall', value: full.wallMs / n, unit: 'ms', digits: 0 },
      { label: 'cpu', value: full.cpuMs / n, unit: 'ms', digits: 0 },
    ],
    notes: n === fulls[0]!.n ? ['full builds from nothing; the fixed cost (compiling the app, type checking) weighs more per story in a small archive'] : [],
  }))
}

export async function run(): Promise<Figure[]> {
  const sizes = (process.env.DATELINE_BUILD_STORIES?.split(',').map(Number) ?? DEFAULT_SIZES).filter((n) => Number.isInteger(n) && n > 0)
  const figures: Figure[] = []
  const fulls: { n: number; full: Run }[] = []
  for (const n of sizes) {
    const measured = await archive(n)
    figures.push(...measured.figures)
    fulls.push({ n, full: measured.full })
  }
  return [...figures, ...growth(fulls)]
}
