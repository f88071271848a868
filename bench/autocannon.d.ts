/**
 * The part of autocannon 9's programmatic API that bench/load.bench.ts uses
 * (node_modules/autocannon/README.md, "API" and "Results"); the package ships no types.
 */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  export interface Options {
    url: string
    connections?: number
    /** Seconds. */
    duration?: number
    /** Seconds a request may wait for its response before it counts as a timeout (and an error). */
    timeout?: number
    pipelining?: number
    headers?: Record<string, string>
    title?: string
  }

  /** A histogram as the result gives it: latency in ms, requests and throughput per second. */
  export interface Histogram {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    total: number
    p50: number
    p90: number
    p99: number
  }

  export interface Result {
    title?: string
    url: string
    latency: Histogram
    requests: Histogram
    throughput: Histogram
    /** Seconds. */
    duration: number
    /** Connection errors, timeouts included. */
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    statusCodeStats: Record<string, { count: number }>
  }

  export interface Instance extends EventEmitter {
    /** Ends the run early; the callback still receives the result so far. */
    stop: () => void
  }

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance
  export default autocannon
}
