#!/usr/bin/env node
// @ts-check
/**
 * `npm run build`: the widget's assets (scripts/build-embed.mjs), the content caches (scripts/warm-cache.ts:
 * every story compiled and laid out on every core, kept in `<distDir>/cache` for the next build), `next build` (for the
 * export, in two halves: see below), then the build manifest
 * (scripts/build-manifest.mjs: the origin the pages were written for and their inline scripts' hashes,
 * which `next start` needs), V8's compile hint on the scripts the pages boot with (scripts/compile-hints.mjs),
 * and the hashed assets compressed (scripts/compressed-assets.mjs). The public origin is DATELINE_SITE_URL, or http://localhost:$PORT.
 * Extra arguments go to `next build`.
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { distDirOf, writeBuildManifest } from './build-manifest.mjs'
import { assetFolders, compressAssets, compressedDir } from './compressed-assets.mjs'
import { addCompileHints, bootScripts } from './compile-hints.mjs'
import { codeVersion } from './code-version.mjs'
import { siteOriginOrExit } from './site-origin.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KB`
const origin = siteOriginOrExit('build')
// Names the code in the keys of the caches of layouts, timelines and OG cards (scripts/code-version.mjs).
const env = { ...process.env, NODE_ENV: 'production', DATELINE_CODE_VERSION: codeVersion(root) }
/** @param {string[]} args @param {NodeJS.ProcessEnv} [withEnv] */
const node = (args, withEnv = env) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: withEnv })
/** The page workers' young generation (V8's semi-space), in MB: see renderEnv. */
const SEMI_SPACE_MB = 16

const embed = node([path.join(root, 'scripts', 'build-embed.mjs')])
if (embed.status !== 0) process.exit(embed.status ?? 1)
const warmArgs = [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'warm-cache.ts')]
const nextBuild = [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build']
// Page rendering allocates short-lived strings and trees by the megabyte (a story page is megabytes of markup). A
// young generation of 32 MB semi-spaces once saved the page workers some time in the garbage collector, but cost each
// 48 MB more at 1,000 stories, where the build's memory is what is short: V8's default size (16) is named here, so the
// trade is seen. Next passes NODE_OPTIONS on to its page workers.
// Their heaps are also kept from running far ahead of what they keep alive: scripts/page-worker-heap.cjs says why.
const heapCap = `--expose-gc --require=${JSON.stringify(path.join(root, 'scripts', 'page-worker-heap.cjs'))}`
const renderEnv = { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --max-semi-space-size=${SEMI_SPACE_MB} ${heapCap}`.trim() }
/** Exit status of a command run with node, without blocking the other one running meanwhile. */
const nodeAsync = (/** @type {string[]} */ args) =>
  new Promise((resolve) => spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env }).once('exit', (code) => resolve(code)))
const warned = (/** @type {number | null} */ status) => {
  // Only speed depends on it: should it fail, `next build` compiles what it needs and reports any error itself.
  if (status !== 0) console.warn(`Warming the content caches failed (exit ${status}); building without them.`)
}

if (process.env.DATELINE_SKIP_TYPECHECK === '1') {
  // A build without Next's type check (the export's, scripts/export.ts) runs `next build` in its two halves. Turbopack's
  // compile and warming the content caches need nothing of each other, so they run side by side (each leaves a core
  // idle part of the time). And the pages are rendered by a process of their own: `next build` in one piece keeps
  // Turbopack's memory (about 1 GB) while its page workers render, and that was half the build's peak. Next skips its
  // type check in these modes, which is why a build that checks types (`npm run build`) stays in one piece.
  const [warm, compiled] = await Promise.all([nodeAsync(warmArgs), nodeAsync([...nextBuild, '--experimental-build-mode=compile', ...process.argv.slice(2)])])
  warned(warm)
  if (compiled !== 0) process.exit(compiled ?? 1)
  const generated = node([...nextBuild, '--experimental-build-mode=generate', ...process.argv.slice(2)], renderEnv)
  if (generated.status !== 0) process.exit(generated.status ?? 1)
} else {
  warned(node(warmArgs).status)
  const built = node([...nextBuild, ...process.argv.slice(2)], renderEnv)
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const distDir = path.resolve(root, distDirOf(process.env))
/** @type {Set<string>} */
const booting = new Set()
const manifest = writeBuildManifest(distDir, origin, (html) => {
  for (const script of bootScripts(html)) booting.add(script)
})
// The scripts pages boot with, compiled off the main thread as they download (scripts/compile-hints.mjs).
const hinted = addCompileHints(distDir, booting)
// The hashed scripts and stylesheets, compressed once here for the server to send (scripts/compressed-assets.mjs).
const compressed = await compressAssets({ folders: assetFolders(root, distDir), outDir: compressedDir(distDir) })
console.log(`Built for ${origin}: ${Object.keys(manifest.scripts).length} prerendered pages, their inline scripts allowed by hash; ${hinted.files} boot scripts (${kb(hinted.bytes)}) compiled as they load; ${compressed.files} scripts and stylesheets compressed (${kb(compressed.bytes)} → ${kb(compressed.br)} Brotli, ${kb(compressed.gzip)} gzip).`)
