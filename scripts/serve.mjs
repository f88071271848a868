#!/usr/bin/env node
// @ts-check
/**
 * The production server: Next's request handler (the same as `next start`) behind a guard for what Next
 * cannot answer itself (scripts/request-guard.mjs). `node scripts/serve.mjs [-p PORT] [-H HOST]`; serves the
 * build in `.next` (or NEXT_DIST_DIR / DATELINE_DIST_DIR), made by `npm run build` for the same origin
 * (next.config.js checks). `npm start` builds when needed and runs this.
 */
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'
import vm from 'node:vm'
import next from 'next'
import { distDirOf } from './build-manifest.mjs'
import { assetFolders, compressedAssets, compressedDir } from './compressed-assets.mjs'
import { ALLOWED_METHODS, refusal } from './request-guard.mjs'
import { headerRules } from './security-headers.mjs'
import { siteOrigin } from './site-origin.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
/** @param {string} flag */
const option = (flag) => {
  const i = args.indexOf(flag)
  return i === -1 ? undefined : args[i + 1]
}
const port = Number(option('-p') ?? process.env.PORT ?? 3000)
const host = option('-H') ?? process.env.HOSTNAME
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Cannot serve: the port must be a number from 1 to 65535, found "${option('-p') ?? process.env.PORT}".`)
  process.exit(1)
}

const app = next({ dev: false, dir: root, port, ...(host ? { hostname: host } : {}) })
const handle = app.getRequestHandler()
try {
  await app.prepare()
} catch (error) {
  // A bad DATELINE_SITE_URL, or a build made for another origin (next.config.js), says what to do.
  console.error(`Cannot serve: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

/**
 * Memory that comes back after a burst (npm run bench -- load: 50 connections on each kind of route). By
 * default V8 grows its young generation to tens of megabytes under load and keeps the heap the burst grew:
 * once nothing allocates, nothing triggers a collection, and the server stayed at twice its memory
 * (120 → 250-300 MB). A small young generation and V8's size-over-speed heuristics keep the peak near
 * 130 MB at the same throughput; once no request has come for a few seconds after some did, one full
 * collection runs, and V8 returns the emptied pages. Set here, before the heap grows, so every way of
 * starting this server gets them.
 */
v8.setFlagsFromString('--max-semi-space-size=2')
v8.setFlagsFromString('--optimize-for-size')
v8.setFlagsFromString('--expose-gc')
const collect = /** @type {(options?: object) => void} */ (vm.runInNewContext('gc'))
const QUIET_MS = 5000
let served = 0
let lastRequest = 0
setInterval(() => {
  if (served === 0 || Date.now() - lastRequest < QUIET_MS) return
  served = 0
  collect({ type: 'major', execution: 'sync' })
}, 1000).unref()

// The hashed scripts and stylesheets, compressed by the build (scripts/compressed-assets.mjs) instead of on every request.
const distDir = path.resolve(root, distDirOf(process.env))
const assets = compressedAssets({ folders: assetFolders(root, distDir), outDir: compressedDir(distDir), rules: headerRules({ https: siteOrigin(process.env).startsWith('https:') }) })

const server = createServer((req, res) => {
  served++
  lastRequest = Date.now()
  const refused = refusal(req.method, req.url)
  if (!refused) {
    if (!assets.serve(req, res)) void handle(req, res)
    return
  }
  res.writeHead(refused.status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    ...(refused.status === 405 ? { Allow: ALLOWED_METHODS.join(', ') } : {}),
  })
  res.end(req.method === 'HEAD' ? undefined : refused.message)
})
server.listen(port, host, () => console.log(`Dateline is serving on http://${host ?? 'localhost'}:${port}`))

// Finish the requests in flight, then stop (as `next start` does on SIGTERM).
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections?.()
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
