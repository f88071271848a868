// @ts-check
/**
 * What a production build records beside Next's output (`<distDir>/dateline-build.json`), written by
 * scripts/build.mjs once `next build` is done:
 * - `origin`: the public origin its static pages were written for (their canonical and oEmbed links);
 *   `next start` refuses to serve the build under another one (next.config.js);
 * - `scripts`: for each prerendered page, the hashes of its inline scripts, which its
 *   Content-Security-Policy allows (proxy.ts). `/_not-found` serves every 404.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { inlineScriptHashes } from './inline-scripts.mjs'

export const BUILD_MANIFEST = 'dateline-build.json'

/**
 * Where Next builds (next.config.js `distDir`): benchmarks and the dev-server test build into their own folders.
 * @param {Record<string, string | undefined>} env
 */
export function distDirOf(env = process.env) {
  return env.NEXT_DIST_DIR || env.DATELINE_DIST_DIR || '.next'
}

/**
 * The URL path a prerendered HTML file of `<distDir>/server/app` answers: `index.html` → `/`, `timelines/x.html` → `/timelines/x`.
 * @param {string} relative the file's path under server/app, with forward slashes
 */
export function pagePathOf(relative) {
  const page = relative.replace(/\.html$/, '')
  if (page === 'index') return '/'
  return `/${page.replace(/\/index$/, '')}`
}

/**
 * @param {string} dir
 * @returns {string[]} paths of .html files under dir, relative to it, with forward slashes
 */
function htmlFiles(dir, prefix = '') {
  if (!existsSync(/* turbopackIgnore: true */ dir)) return []
  return readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return htmlFiles(path.join(dir, entry.name), relative)
    return entry.name.endsWith('.html') ? [relative] : []
  })
}

/**
 * @param {string} distDir absolute
 * @param {string} origin
 * @param {(html: string) => void} [eachPage]  also given each prerendered page's HTML, read once for both
 */
export function writeBuildManifest(distDir, origin, eachPage) {
  // turbopackIgnore: this runs after `next build`, never in a server; but proxy.ts imports this module, and without it
  // Turbopack takes the dynamic path for every `server/app` folder in the project (the build benchmark's archives
  // hold tens of thousands of files) and traces them all, which took its compile past 3.5 GB.
  const app = path.join(/* turbopackIgnore: true */ distDir, 'server', 'app')
  /** @type {Record<string, string[]>} */
  const scripts = {}
  for (const file of htmlFiles(app)) {
    const html = readFileSync(/* turbopackIgnore: true */ path.join(app, file), 'utf8')
    scripts[pagePathOf(file)] = inlineScriptHashes(html)
    eachPage?.(html)
  }
  if (!scripts['/_not-found']) throw new Error(`no prerendered not-found page under ${app}: is this a production build?`)
  const manifest = { origin, scripts }
  writeFileSync(path.join(distDir, BUILD_MANIFEST), JSON.stringify(manifest))
  return manifest
}

/**
 * @param {string} distDir absolute
 * @returns {{ origin: string, scripts: Record<string, string[]> } | undefined}
 */
export function readBuildManifest(distDir) {
  try {
    return JSON.parse(readFileSync(path.join(distDir, BUILD_MANIFEST), 'utf8'))
  } catch {
    return undefined
  }
}
