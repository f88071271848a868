import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Collected } from './collect'
import { remarkCollect } from './collect'
import { remarkChunks } from './chunks'
import { remarkNoCode } from './no-code'
import { parseMdx } from './parse'
import type { ContentError } from './errors'
import { compileErrorToContentError, plainFrontmatter } from './compile-errors'

export { compileErrorToContentError } from './compile-errors'

/** Bump when the collector or the bundler options change, so cached compilations are not reused. */
const COMPILE_VERSION = 10

export interface Compiled {
  code: string
  frontmatter: Record<string, unknown>
  collected: Collected
}

export type CompileResult = { ok: true; value: Compiled } | { ok: false; errors: ContentError[] }

/**
 * DATELINE_MDX_CACHE_DIR moves the cache (the check benchmark points it at an
 * empty folder to time a cold run); `off` disables it.
 */
const CACHE_DIR = process.env.DATELINE_MDX_CACHE_DIR ?? path.join(process.cwd(), '.next', 'cache', 'dateline-mdx')
const CACHE_ON = CACHE_DIR !== 'off'

/**
 * Compiles one MDX file with mdx-bundler and collects its events and quotes.
 * The result is cached on disk by content hash: `next build` renders pages in
 * several workers, and each would otherwise bundle every file again. The
 * studio passes `cache: false`: a draft typed key by key is not worth keeping.
 */
export async function compileMdx(source: string, file: string, { cache = CACHE_ON }: { cache?: boolean } = {}): Promise<CompileResult> {
  const key = createHash('sha256').update(`${COMPILE_VERSION}\0${source}`).digest('hex').slice(0, 32)
  const cachePath = path.join(CACHE_DIR, `${key}.json`)
  if (cache) {
    try {
      return { ok: true, value: JSON.parse(await readFile(cachePath, 'utf8')) as Compiled }
    } catch {
      // Not cached yet (or unreadable): compile below.
    }
  }

  // Content is text (docs/security.md): a file that holds code, or that does not parse, is judged on its syntax tree
  // alone and never reaches the bundler, so nothing in it is compiled or evaluated. Its errors come back from the
  // validator as they do for `npm run check`; the empty code is never rendered, since validation fails.
  const parsed = parseMdx(source, file)
  if (!parsed.ok) return parsed
  if (parsed.value.collected.problems.length > 0) return { ok: true, value: { ...parsed.value, code: '' } }

  let collected: Collected | undefined
  try {
    // Loaded on first use: `npm run check` validates without bundling and never needs esbuild.
    const { bundleMDX } = await import('mdx-bundler')
    const result = await bundleMDX({
      source,
      mdxOptions(options) {
        // The collector reads the file as written; chunking regroups it for rendering only.
        // remarkNoCode first, before mdx-bundler's own plugins add the frontmatter export: it refuses every import,
        // export and expression, should one ever get past the check above.
        options.remarkPlugins = [remarkNoCode, ...(options.remarkPlugins ?? []), remarkCollect((c) => (collected = c)), remarkChunks]
        return options
      },
      esbuildOptions(options) {
        options.logLevel = 'silent'
        options.target = ['es2020']
        options.minify = true
        return options
      },
    })
    if (!collected) throw new Error('the MDX collector did not run')
    const value: Compiled = { code: result.code, frontmatter: plainFrontmatter(result.frontmatter as Record<string, unknown>), collected }
    if (cache) await writeCache(cachePath, value)
    return { ok: true, value }
  } catch (error) {
    return { ok: false, errors: [compileErrorToContentError(error, source, file)] }
  }
}

async function writeCache(cachePath: string, value: Compiled) {
  try {
    await mkdir(path.dirname(cachePath), { recursive: true })
    // Write then rename: parallel build workers must never read half a file.
    const tmp = `${cachePath}.${process.pid}.${Date.now()}.tmp`
    await writeFile(tmp, JSON.stringify(value))
    await rename(tmp, cachePath)
  } catch {
    // A read-only disk costs speed, not correctness.
  }
}

