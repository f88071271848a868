import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { distDirOf } from '../../scripts/build-manifest.mjs'

/**
 * Results worth keeping from one build to the next, on disk by a hash of everything they are made
 * from: MDX compiled and parsed, timelines laid out, OG cards drawn. They live in the build folder's
 * cache, beside Next's own (`<distDir>/cache`, which `next build` keeps between builds), so a bench
 * build into its own folder never reads the project's. A rebuild after one story changed then does
 * the costly work for that story only.
 *
 * DATELINE_MDX_CACHE_DIR moves the folder (the check benchmark points it at an empty one to time a
 * cold run); `off` turns every disk cache off.
 */
const CACHE_DIR = process.env.DATELINE_MDX_CACHE_DIR ?? path.join(process.cwd(), distDirOf(process.env), 'cache', 'dateline-mdx')
export const CACHE_ON = CACHE_DIR !== 'off'

/** A key for `parts`: 32 hex digits of their SHA-256, each part ended so that `['ab', 'c']` and `['a', 'bc']` differ. */
export function cacheKey(parts: readonly (string | number)[]): string {
  const hash = createHash('sha256')
  for (const p of parts) hash.update(`${String(p).length}:${p}\0`)
  return hash.digest('hex').slice(0, 32)
}

// turbopackIgnore: the cache is the build's own scratch space, never part of what a server needs. Without it,
// Turbopack reads these dynamic paths as "any file of the project" and warns that it traces all of it (17,409
// files in this worktree, bench archives and build folders included); its main process was seen at 5 GB of
// RSS while compiling a bench build then.
const fileOf = (kind: string, key: string, ext: string) => path.join(/* turbopackIgnore: true */ CACHE_DIR, kind, `${key}.${ext}`)

/** The cached bytes of `kind`/`key`, or undefined when there are none (or the cache is off or unreadable). */
export async function readCachedBytes(kind: string, key: string, ext = 'bin'): Promise<Buffer | undefined> {
  if (!CACHE_ON) return undefined
  try {
    return await readFile(/* turbopackIgnore: true */ fileOf(kind, key, ext))
  } catch {
    return undefined
  }
}

/** Keeps `bytes` as `kind`/`key`. Never throws: a read-only disk costs speed, not correctness. */
export async function writeCachedBytes(kind: string, key: string, bytes: string | Uint8Array, ext = 'bin'): Promise<void> {
  if (!CACHE_ON) return
  const file = fileOf(kind, key, ext)
  try {
    await mkdir(/* turbopackIgnore: true */ path.dirname(file), { recursive: true })
    // Write then rename: parallel build workers must never read half a file.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    await writeFile(/* turbopackIgnore: true */ tmp, bytes)
    await rename(/* turbopackIgnore: true */ tmp, file)
  } catch {
    // Not kept; the next build computes it again.
  }
}

/** The cached JSON value of `kind`/`key`, or undefined. */
export async function readCachedJson<T>(kind: string, key: string): Promise<T | undefined> {
  const bytes = await readCachedBytes(kind, key, 'json')
  if (!bytes) return undefined
  try {
    return JSON.parse(bytes.toString('utf8')) as T
  } catch {
    return undefined
  }
}

/** Keeps `value` as JSON under `kind`/`key`. */
export function writeCachedJson(kind: string, key: string, value: unknown): Promise<void> {
  return writeCachedBytes(kind, key, JSON.stringify(value), 'json')
}
