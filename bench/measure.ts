/**
 * What every benchmark module in bench/ returns, and the small timing helper they share.
 * A figure is one line of `npm run bench`: a name, one or more measured values, and
 * optionally the budget one of them is held to.
 */
import { performance } from 'node:perf_hooks'

export interface Stat {
  /** Short label printed before the value, e.g. `p50`. */
  label: string
  value: number
  unit: string
  /** Decimals printed; one by default, two for a ratio (×). Counts print with none. */
  digits?: number
}

export interface Figure {
  name: string
  stats: Stat[]
  /** The budget, held against the stat whose label is `stat`. */
  budget?: Budget
  /** Context printed under the line (sizes, counts), never judged. */
  notes?: string[]
}

/**
 * A ceiling (`max`: a time, a weight; PASS when the stat is at most it) or a floor (`min`: a score;
 * PASS when the stat is at least it).
 */
type Budget = { stat: string; max: number } | { stat: string; min: number }

/**
 * PASS when the budgeted stat is within its budget; OVER when above a `max`, UNDER when below a `min`,
 * and either when the stat is missing; undefined without a budget.
 */
export function verdict(f: Figure): 'PASS' | 'OVER' | 'UNDER' | undefined {
  const budget = f.budget
  if (!budget) return undefined
  const stat = f.stats.find((s) => s.label === budget.stat)
  if ('min' in budget) return stat && stat.value >= budget.min ? 'PASS' : 'UNDER'
  return stat && stat.value <= budget.max ? 'PASS' : 'OVER'
}

/** The budget as `npm run bench` prints it: `p50 ≤ 50 ms`, `score ≥ 100`; empty without one. */
export function budgetText(f: Figure): string {
  const budget = f.budget
  if (!budget) return ''
  const unit = f.stats.find((s) => s.label === budget.stat)?.unit ?? ''
  const bound = 'min' in budget ? `≥ ${budget.min}` : `≤ ${budget.max}`
  return `${budget.stat} ${bound} ${unit}`.trimEnd()
}

/** A benchmark module (`bench/*.bench.ts`) exports `run`, returning its figures. */
export interface BenchModule {
  run: () => Figure[] | Promise<Figure[]>
}

export interface Timing {
  samples: number[]
  p50: number
  p95: number
  min: number
  max: number
}

/** Nearest-rank percentile of sorted samples: with 15 runs, p95 is the slowest run. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/**
 * Times `fn` with performance.now(): `warmup` untimed runs (so the JIT has
 * compiled the hot paths and caches are filled, as on a running server), then
 * `runs` timed ones. The result of each run is kept until the next, so the
 * work cannot be optimised away.
 */
export function time<T>(fn: () => T, { warmup = 5, runs = 15 } = {}): Timing & { last: T } {
  let last = fn()
  for (let i = 1; i < warmup; i++) last = fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    last = fn()
    samples.push(performance.now() - t0)
  }
  const sorted = [...samples].sort((a, b) => a - b)
  return { samples, p50: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0]!, max: sorted[sorted.length - 1]!, last }
}
