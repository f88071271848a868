import { CACHE_ON, cacheKey, readCachedJson, writeCachedJson } from '../cache/disk-cache.server'
import type { Collected } from './collect'
import { remarkCollect } from './collect'
import { remarkChunks } from './chunks'
import { remarkNoCode } from './no-code'
import type { Root } from 'mdast'
import { parseMdx, parseMdxTree, type Parsed, type ParseResult } from './parse'
import type { ContentError } from './errors'
import { compileErrorToContentError, plainFrontmatter } from './compile-errors'

/** Bump when the collector or the bundler options change, so cached compilations are not reused. */
const COMPILE_VERSION = 10

interface Compiled {
  code: string
  frontmatter: Record<string, unknown>
  collected: Collected
}

export type CompileResult = { ok: true; value: Compiled } | { ok: false; errors: ContentError[] }

/**
 * parseMdx, kept on disk by content hash like the compiled code: a build validates every story for
 * each listing and each route's list of pages, in several processes, and parsing MDX is most of that
 * cost. Only a file that parses is kept; one that does not is parsed again to report its errors.
 * `tree`: a parse that missed the cache also returns its syntax tree, for the bundler.
 */
export async function parseMdxCached(source: string, file: string, { cache = CACHE_ON, tree = false }: { cache?: boolean; tree?: boolean } = {}): Promise<ParseResult & { tree?: Root }> {
  const key = cacheKey([COMPILE_VERSION, source])
  const hit = cache ? await readCachedJson<Parsed>('parsed', key) : undefined
  if (hit) return { ok: true, value: hit }
  const parsed = tree ? parseMdxTree(source, file) : parseMdx(source, file)
  if (cache && parsed.ok) await writeCachedJson('parsed', key, parsed.value)
  return parsed
}

/**
 * A remark plugin that makes the bundler's processor return `tree` instead of parsing: the tree the check
 * above read from the same text, with the same parser (lib/content/parse.ts), so positions and nodes are
 * those the bundler would have read. Parsing a long story costs as much as the rest of its compilation.
 */
function parsedAlready(tree: Root) {
  return function (this: { parser?: unknown }) {
    this.parser = () => tree
  }
}

/**
 * Compiles one MDX file with mdx-bundler and collects its events and quotes.
 * The result is cached on disk by content hash: `next build` renders pages in
 * several workers, and each would otherwise bundle every file again; so is the
 * parse that comes first. The studio passes `cache: false`: a draft typed key
 * by key is not worth keeping.
 */
export async function compileMdx(source: string, file: string, { cache = CACHE_ON }: { cache?: boolean } = {}): Promise<CompileResult> {
  const key = cacheKey([COMPILE_VERSION, source])
  const hit = cache ? await readCachedJson<Compiled>('compiled', key) : undefined
  if (hit) return { ok: true, value: hit }

  // Content is text (docs/security.md): a file that holds code, or that does not parse, is judged on its syntax tree
  // alone and never reaches the bundler, so nothing in it is compiled or evaluated. Its errors come back from the
  // validator as they do for `npm run check`; the empty code is never rendered, since validation fails.
  const parsed = await parseMdxCached(source, file, { cache, tree: true })
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
        // With a tree from the check (a cache miss), the file is not parsed a second time.
        const reuse = parsed.tree ? [parsedAlready(parsed.tree)] : []
        options.remarkPlugins = [...reuse, remarkNoCode, ...(options.remarkPlugins ?? []), remarkCollect((c) => (collected = c)), remarkChunks]
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
    if (cache) await writeCachedJson('compiled', key, value)
    return { ok: true, value }
  } catch (error) {
    return { ok: false, errors: [compileErrorToContentError(error, source, file)] }
  }
}
