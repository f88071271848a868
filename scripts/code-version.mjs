// @ts-check
/**
 * A name for the code a build is made from: what the build's disk caches of laid-out timelines and OG
 * cards (lib/cache/) key their entries with besides the content, so a change to the code that makes them
 * is never answered from the cache. scripts/build.mjs passes it to `next build` as DATELINE_CODE_VERSION;
 * without it (dev, tests, `next start`) those caches are not used.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** What the cached results are computed by: the app, its components and libraries, the dependencies, the runtime. */
export const CODE_SOURCES = ['app', 'components', 'lib', 'styles', 'package-lock.json', 'next.config.js']

/**
 * Files under `p` (a file or a folder), relative to `root`, sorted, with forward slashes; skipping tests and dot-files.
 * @param {string} root
 * @param {string} p relative to root
 * @returns {string[]}
 */
export function sourceFiles(root, p) {
  const full = path.join(root, p)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [p.split(path.sep).join('/')]
  return readdirSync(full)
    .filter((name) => !name.startsWith('.') && name !== 'node_modules' && !/\.test\.tsx?$/.test(name))
    .sort()
    .flatMap((name) => sourceFiles(root, path.join(p, name)))
}

/**
 * 16 hex digits of a SHA-256 over the names and bytes of every source file, Node's version and its ICU
 * (labels are measured and formatted with Intl).
 * @param {string} root
 * @param {readonly string[]} [sources]
 */
export function codeVersion(root, sources = CODE_SOURCES) {
  const hash = createHash('sha256').update(`${process.version}\0${process.versions.icu ?? ''}\0`)
  for (const file of sources.flatMap((s) => sourceFiles(root, s))) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(path.join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}
