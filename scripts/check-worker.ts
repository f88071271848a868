/**
 * One of the worker threads of scripts/load-all.ts (`npm run check`, the build's cache warming): loads
 * the files it is given (validating them, and bundling and laying them out when asked) and posts the results back.
 * Parsing MDX is CPU-bound, so on a machine with several cores the files are shared out among workers.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { loadOne, outcome, type WorkerTask } from './load-all'

const task = workerData as WorkerTask
const results = []
for (const file of task.files) {
  const result = await loadOne(file, task)
  results.push(task.brief ? outcome(file, result) : { file, result })
}
parentPort?.postMessage(results)
