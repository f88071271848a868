/**
 * One of `npm run check`'s worker threads: validates the files it is given
 * (without bundling) and posts the results back. Parsing MDX is CPU-bound, so
 * on a machine with several cores the files are shared out among workers.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { loadTimelineFile } from '../lib/content/load.server'

const files = (workerData as { files: string[] }).files
const results = []
for (const file of files) results.push({ file, result: await loadTimelineFile(file, undefined, { compile: false }) })
parentPort?.postMessage(results)
