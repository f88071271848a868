/**
 * Loads many timeline files at once, shared out among worker threads when there are enough files and
 * cores: parsing and compiling MDX is CPU-bound. `npm run check` validates with it; the build
 * (scripts/warm-cache.ts) compiles and lays out every story with it before `next build`, filling the disk caches.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { ContentError } from '../lib/content/errors'
import { cachedDrawings } from '../lib/cache/drawings.server'
import { loadTimelineFile, type LoadResult } from '../lib/content/load.server'

export type Loaded = { file: string; result: LoadResult }
/** What a caller that only fills the caches needs back: not the timelines, which would be copied out of each worker. */
export type Outcome = { file: string; errors: ContentError[] }

export interface LoadAllOptions {
  /** Bundle each article too (what a page renders), not only validate it. */
  compile?: boolean
  /** Lay each valid timeline out too, into the build's cache of drawings (lib/cache/drawings.server.ts). */
  layout?: boolean
  /** Below this many files per worker, a worker's start-up costs more than it saves. */
  filesPerWorker: number
  /** Worker threads; by default one per core, as the files allow, at most 8. */
  workers?: number
}

/** What check-worker.ts is given. */
export interface WorkerTask {
  files: string[]
  compile: boolean
  layout: boolean
  /** Post back Outcomes, not Loaded results. */
  brief: boolean
}

/** Loads one file as a task asks, laying it out when asked. */
export async function loadOne(file: string, { compile, layout }: Pick<WorkerTask, 'compile' | 'layout'>): Promise<LoadResult> {
  const result = await loadTimelineFile(file, undefined, { compile })
  if (layout && result.ok) await cachedDrawings(result.timeline.events, result.timeline.quotes, result.timeline.meta.language, result.timeline.meta.timezone)
  return result
}

const WORKER_URL = new URL('./check-worker.ts', import.meta.url).href

/** Loads the files in worker threads, or here when they are too few; results in the order given. */
async function shared<T extends { file: string }>(files: string[], options: LoadAllOptions, brief: boolean, here: (file: string) => Promise<T>): Promise<T[]> {
  const workers = options.workers ?? Math.min(availableParallelism(), Math.floor(files.length / options.filesPerWorker), 8)
  if (workers < 2) return Promise.all(files.map(here))
  // Interleaved, so long and short files spread evenly; results are put back in the order given.
  const chunks = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w))
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<T[]>((resolve, reject) => {
          // tsx's loader does not follow into worker threads (nor does `--import tsx` reach the entry module on
          // Node 20), so the worker registers it first, then imports the TypeScript module.
          const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL)}) })`
          const task: WorkerTask = { files: chunk, compile: options.compile ?? false, layout: options.layout ?? false, brief }
          const worker = new Worker(boot, { eval: true, workerData: task })
          worker.once('message', (m: T[]) => resolve(m))
          worker.once('error', reject)
          worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load worker exited with ${code}`))))
        }),
    ),
  )
  const byFile = new Map(parts.flat().map((r) => [r.file, r]))
  return files.map((f) => byFile.get(f)!)
}

/** Loads every file, in worker threads when there are enough files and cores. */
export function loadAll(files: string[], options: LoadAllOptions): Promise<Loaded[]> {
  return shared(files, options, false, async (file) => ({ file, result: await loadOne(file, taskOf(options)) }))
}

/** The errors of each file, as loadAll finds them, leaving what it computed in the disk caches only. */
export function loadAllBrief(files: string[], options: LoadAllOptions): Promise<Outcome[]> {
  return shared(files, options, true, async (file) => outcome(file, await loadOne(file, taskOf(options))))
}

const taskOf = (options: LoadAllOptions) => ({ compile: options.compile ?? false, layout: options.layout ?? false })

/** A Loaded result without its timeline. */
export function outcome(file: string, result: LoadResult): Outcome {
  return { file, errors: result.ok ? [] : result.errors }
}
