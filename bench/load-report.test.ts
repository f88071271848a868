import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Histogram, Result } from 'autocannon'
import { idleRatio, memoryFigure, secondsFromEnv, targetFigure } from './load-report'
import { verdict } from './measure'

const histogram = (h: Partial<Histogram>): Histogram => ({ average: 0, mean: 0, stddev: 0, min: 0, max: 0, total: 0, p50: 0, p90: 0, p99: 0, ...h })

function result(r: Partial<Result> = {}): Result {
  return {
    url: 'http://127.0.0.1:1/',
    latency: histogram({ p50: 12, p99: 80 }),
    requests: histogram({ average: 812.4, total: 16_248 }),
    throughput: histogram({ total: 3 * 1024 * 1024 }),
    duration: 20.02,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    '2xx': 16_248,
    statusCodeStats: { '200': { count: 16_248 } },
    ...r,
  }
}

const stat = (f: { stats: { label: string; value: number }[] }, label: string) => f.stats.find((s) => s.label === label)?.value

test('secondsFromEnv gives the default when the variable is unset, empty or not a number', () => {
  const range = { min: 1, max: 120 }
  assert.equal(secondsFromEnv(undefined, 20, range), 20)
  assert.equal(secondsFromEnv('', 20, range), 20)
  assert.equal(secondsFromEnv('twenty', 20, range), 20)
})

test('secondsFromEnv rounds to whole seconds and keeps within its range', () => {
  const range = { min: 1, max: 120 }
  assert.equal(secondsFromEnv('5', 20, range), 5)
  assert.equal(secondsFromEnv('2.6', 20, range), 3)
  assert.equal(secondsFromEnv('0', 20, range), 1)
  assert.equal(secondsFromEnv('86400', 20, range), 120)
})

test('a target where every response was 2xx passes', () => {
  const f = targetFigure('load: index', '/', result())
  assert.equal(stat(f, 'failed'), 0)
  assert.equal(verdict(f), 'PASS')
})

test('a single non-2xx response puts a target over its budget', () => {
  const f = targetFigure('load: oEmbed', '/api/oembed', result({ non2xx: 1, statusCodeStats: { '200': { count: 9 }, '404': { count: 1 } } }))
  assert.equal(stat(f, 'failed'), 1)
  assert.equal(verdict(f), 'OVER')
})

test('connection errors count as failures, timeouts among them once', () => {
  // autocannon counts a timeout in both `errors` and `timeouts`.
  const errorKinds = new Map([
    ['request timed out', 2],
    ['ECONNRESET', 1],
  ])
  const f = targetFigure('load: widget', '/embed/x', result({ errors: 3, timeouts: 2, non2xx: 4 }), { errorKinds })
  assert.equal(stat(f, 'failed'), 7)
  assert.equal(verdict(f), 'OVER')
  assert.ok(f.notes?.includes('errors by kind: request timed out × 2, ECONNRESET × 1'))
})

test('a target line reports throughput and latency percentiles from autocannon', () => {
  const f = targetFigure('load: index', '/', result(), { peakKb: 150 * 1024 })
  assert.equal(stat(f, 'req/s'), 812.4)
  assert.equal(stat(f, 'p50'), 12)
  assert.equal(stat(f, 'p99'), 80)
  assert.ok(f.notes?.some((n) => n.includes('16,248 × 200')))
  assert.ok(f.notes?.some((n) => n.includes('peak during this target 150 MB')))
})

test('a target during which the server was started again says so', () => {
  const f = targetFigure('load: story page', '/timelines/x', result({ errors: 500 }), { restarts: 1 })
  assert.ok(f.notes?.some((n) => n.includes('ended from outside')))
})

test('the idle ratio is after-idle RSS over before-load RSS', () => {
  assert.equal(idleRatio({ beforeKb: 100_000, peakKb: 300_000, afterKb: 150_000 }), 1.5)
})

test('memory back within 25 % of the before figure passes, exactly 25 % included', () => {
  assert.equal(verdict(memoryFigure({ beforeKb: 100_000, peakKb: 250_000, afterKb: 125_000 }, 60)), 'PASS')
  assert.equal(verdict(memoryFigure({ beforeKb: 100_000, peakKb: 250_000, afterKb: 90_000 }, 60)), 'PASS')
})

test('memory more than 25 % above the before figure after idling is over budget', () => {
  const f = memoryFigure({ beforeKb: 100_000, peakKb: 250_000, afterKb: 126_000 }, 60)
  assert.equal(verdict(f), 'OVER')
  assert.deepEqual(
    f.stats.map((s) => s.label),
    ['before', 'peak', 'after', 'ratio'],
  )
})
