// @ts-check
/**
 * V8's explicit compile hint (v8.dev/blog/explicit-compile-hints, Chrome 136 and later): a script whose first
 * line is `//# allFunctionsCalledOnLoad` is compiled whole while it streams in, on a background thread. Without
 * it V8 compiles each function on the main thread the first time it is called, and the scripts a page loads to
 * hydrate (React, Next's router and runtime, the page's own code) are almost all called at once, in the one task
 * that boots them: on the story page that task was 160–195 ms at a 4× slower CPU, most of it compiling, and it
 * was most of the page's total blocking time (Lighthouse's mobile preset, 12 runs: median 120 ms; issue 14's budget is 100).
 * Hinted, the task takes 59–74 ms and the median is 58 ms (bench/README.md, "The boot scripts compiled as they download").
 *
 * Only the scripts a prerendered page names in its HTML are hinted, not the chunks loaded later (the zoom, the
 * studio): those are compiled when they are needed, as before. Other browsers read the line as a comment.
 * scripts/build.mjs calls this once `next build` is done, before the files are compressed; scripts/build-embed.mjs
 * hints the widget's first scripts (its module evaluation at a 4× slower CPU: 53–77 ms before, 37–58 ms after).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PLAIN } from './compressed-assets.mjs'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/** Where Next's hashed files are served from. */
const STATIC = '/_next/static/'
/** A script's path under it: plain segments only (compressed-assets.mjs), ending in `.js`. */
const plainScript = (/** @type {string} */ relative) => PLAIN.test(relative) && relative.endsWith('.js')

/**
 * The scripts of Next's that an HTML document loads as it starts: external, classic or module, and not `nomodule`
 * (the polyfills a current browser never runs). Paths as written (`/_next/static/chunks/x.js`), once each.
 * @param {string} html
 * @returns {string[]}
 */
export function bootScripts(html) {
  const found = new Set()
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1] ?? ''
    if (/\snomodule\b/i.test(attrs)) continue
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs)
    const url = src?.[1] ?? src?.[2] ?? src?.[3]
    if (url?.startsWith(STATIC) && plainScript(url.slice(STATIC.length))) found.add(url)
  }
  return [...found]
}

/**
 * Puts the hint on the first line of a script file, once.
 * @param {string} file
 * @returns {number} the bytes hinted: 0 when the file already was
 */
export function hintFile(file) {
  const text = readFileSync(file, 'utf8')
  if (text.startsWith(COMPILE_HINT)) return 0
  // Prepended, so every line moves down one: no source map is written for these scripts that this would misalign.
  writeFileSync(file, COMPILE_HINT + text)
  return Buffer.byteLength(text)
}

/**
 * Puts the hint on the first line of each of Next's scripts named, once (a file already hinted is left as it is).
 * @param {string} distDir  the build's folder, absolute
 * @param {Iterable<string>} scripts  paths as bootScripts gives them
 * @returns {{ files: number, bytes: number }} the scripts hinted by this call, and their size
 */
export function addCompileHints(distDir, scripts) {
  let files = 0
  let bytes = 0
  for (const url of new Set(scripts)) {
    const relative = url.slice(STATIC.length)
    if (!url.startsWith(STATIC) || !plainScript(relative)) throw new Error(`compile hints: not a script of the build: ${url}`)
    const hinted = hintFile(path.join(distDir, 'static', ...relative.split('/')))
    if (hinted > 0) files++
    bytes += hinted
  }
  return { files, bytes }
}

/**
 * What a browser loads before an esbuild output runs: the output and, transitively, what it imports statically
 * (not its dynamic imports, which load later). Paths as esbuild's metafile names them.
 * @param {{ outputs: Record<string, { imports: { path: string, kind: string }[] }> }} metafile
 * @param {string} output  a key of metafile.outputs
 * @returns {string[]}
 */
export function firstLoad(metafile, output) {
  const seen = new Set([output])
  for (const file of seen) for (const i of metafile.outputs[file]?.imports ?? []) if (i.kind === 'import-statement' && i.path in metafile.outputs) seen.add(i.path)
  return [...seen]
}
