// @ts-check
/**
 * Loaded into `next build`'s page workers by scripts/build.mjs (NODE_OPTIONS: --require, with --expose-gc): a cap on
 * how far a worker's heap runs ahead of what it keeps alive. V8 sizes the heap by what survived the last full
 * collection and, with the memory of this machine, let each page worker grow to four or five times that (1 GB at
 * 100 stories keeping some 200 MB alive, 1.5-1.9 GB at 1,000) before collecting: two such workers alone passed the
 * build's 2 GB budget. The usual cap, --max-old-space-size, is one Next strips from what it passes its workers.
 * So: whenever the heap has grown by HEADROOM_MB past what the last full collection left, collect now.
 * Does nothing in any other process, nor without --expose-gc.
 */
// A --require preload is CommonJS: Next passes NODE_OPTIONS on to its workers as it finds them, and this way needs no loader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const v8 = require('node:v8')

/**
 * How far past the last full collection's survivors a worker's heap may grow, in MB: a few large pages' garbage. 256
 * kept two workers at 1.1-1.4 GB each at 1,000 stories; 128 costs about 6 % more CPU and takes 250 MB off the peak.
 */
const HEADROOM_MB = Number(process.env.DATELINE_PAGE_HEAP_HEADROOM_MB) || 128
/** How often the heap is looked at, in ms: rendering yields to the event loop between chunks of a page. */
const EVERY_MS = 200

const collect = /** @type {(() => void) | undefined} */ (globalThis.gc)
if (process.env.IS_NEXT_WORKER === 'true' && typeof collect === 'function') {
  const used = () => v8.getHeapStatistics().used_heap_size
  let kept = used()
  setInterval(() => {
    if (used() < kept + HEADROOM_MB * 2 ** 20) return
    collect()
    kept = used()
  }, EVERY_MS).unref()
}
