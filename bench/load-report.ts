/**
 * The figures of bench/load.bench.ts, from autocannon's results and the server's memory samples:
 * pure, so the budgets' arithmetic is tested without a server.
 */
import type { Result } from 'autocannon'
import type { Figure } from './measure'

/** Every response 2xx, none lost: failed = connection errors (timeouts among them) + non-2xx answers. */
const FAILED_MAX = 0
/** After a minute idle, the server's RSS is at most 25 % above what it was before the load. */
const IDLE_RATIO_MAX = 1.25

/**
 * Whole seconds from an environment variable such as DATELINE_LOAD_SECONDS, between `min` and `max`;
 * `fallback` when unset, empty or not a number, so a typo runs the default rather than a zero-second bench.
 */
export function secondsFromEnv(value: string | undefined, fallback: number, { min, max }: { min: number; max: number }): number {
  const n = value === undefined || value.trim() === '' ? NaN : Number(value)
  if (!Number.isFinite(n)) return fallback
  return Math.min(max, Math.max(min, Math.round(n)))
}

const mb = (kb: number) => kb / 1024

/** What the bench saw around one target's run, beside autocannon's result. */
export interface TargetContext {
  /** The server's peak RSS during the run, kB. */
  peakKb?: number
  /** How many times another server process took over during the run (one was ended from outside). */
  restarts?: number
  /** Request errors by code or message. */
  errorKinds?: ReadonlyMap<string, number>
}

/** One target's line: throughput, latency, and the failures the budget counts. */
export function targetFigure(name: string, path: string, result: Result, { peakKb, restarts = 0, errorKinds }: TargetContext = {}): Figure {
  const failed = result.errors + result.non2xx
  const codes = Object.entries(result.statusCodeStats)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, { count }]) => `${count.toLocaleString('en')} × ${code}`)
    .join(', ')
  return {
    name,
    stats: [
      { label: 'req/s', value: result.requests.average, unit: '', digits: 0 },
      { label: 'p50', value: result.latency.p50, unit: 'ms' },
      { label: 'p99', value: result.latency.p99, unit: 'ms' },
      { label: 'failed', value: failed, unit: '', digits: 0 },
    ],
    budget: { stat: 'failed', max: FAILED_MAX },
    notes: [
      path,
      `errors ${result.errors} (timeouts ${result.timeouts}), non-2xx ${result.non2xx}; ` +
        `${result.requests.total.toLocaleString('en')} responses in ${result.duration.toFixed(1)} s (${codes || 'none'}), ` +
        `${(result.throughput.total / 1024 / 1024).toFixed(1)} MB read`,
      ...(errorKinds?.size
        ? [`errors by kind: ${[...errorKinds].sort(([, a], [, b]) => b - a).map(([kind, n]) => `${kind} × ${n.toLocaleString('en')}`).join(', ')}`]
        : []),
      ...(restarts ? [`the server was ended from outside and started again during this target (${restarts}×): its failures are not the server's`] : []),
      ...(peakKb === undefined ? [] : [`server RSS peak during this target ${mb(peakKb).toFixed(0)} MB`]),
    ],
  }
}

export interface MemoryReading {
  /** Summed RSS of the server's process tree, kB. */
  beforeKb: number
  peakKb: number
  afterKb: number
}

/** After-idle RSS over before-load RSS: the figure the idle budget holds. */
export function idleRatio({ beforeKb, afterKb }: MemoryReading): number {
  return afterKb / beforeKb
}

/** The memory line: before, peak and after-idle RSS, and their ratio held to IDLE_RATIO_MAX. */
export function memoryFigure(reading: MemoryReading, idleSeconds: number, notes: string[] = []): Figure {
  return {
    name: `server RSS before / peak / after ${idleSeconds} s idle`,
    stats: [
      { label: 'before', value: mb(reading.beforeKb), unit: 'MB', digits: 0 },
      { label: 'peak', value: mb(reading.peakKb), unit: 'MB', digits: 0 },
      { label: 'after', value: mb(reading.afterKb), unit: 'MB', digits: 0 },
      { label: 'ratio', value: idleRatio(reading), unit: '×' },
    ],
    budget: { stat: 'ratio', max: IDLE_RATIO_MAX },
    notes,
  }
}
