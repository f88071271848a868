import matter from 'gray-matter'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Root } from 'mdast'
import { collectElements, type Collected } from './collect'
import { compileErrorToContentError, plainFrontmatter } from './compile-errors'
import type { ContentError } from './errors'
import { findDeepNesting } from './limits'

export interface Parsed {
  frontmatter: Record<string, unknown>
  collected: Collected
}

export type ParseResult = { ok: true; value: Parsed } | { ok: false; errors: ContentError[] }
/** A parse with its syntax tree, which compileMdx hands on to the bundler instead of parsing the file again. */
export type TreeResult = { ok: true; value: Parsed; tree: Root } | { ok: false; errors: ContentError[] }

// The parser @mdx-js/mdx runs before any remark plugin (remark-parse + remark-mdx), with the
// frontmatter block mdx-bundler adds: the tree, its positions and its syntax errors are the same.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml'])

/**
 * Reads an MDX file's frontmatter and syntax tree and collects its events and
 * quotes, without bundling: everything `npm run check` validates, at a
 * fraction of the cost of compiling to JavaScript (the pages still compile,
 * with compileMdx). Frontmatter goes through gray-matter, as in mdx-bundler.
 */
export function parseMdx(source: string, file: string): ParseResult {
  return parseWith(source, file, false)
}

/** parseMdx, with the syntax tree as it was read. */
export function parseMdxTree(source: string, file: string): TreeResult {
  return parseWith(source, file, true) as TreeResult
}

function parseWith(source: string, file: string, keepTree: boolean): ParseResult | TreeResult {
  // Refused before parsing: the parser's time grows with the square of the nesting depth.
  const deep = findDeepNesting(source)
  if (deep) return { ok: false, errors: [{ file, ...deep }] }
  try {
    // An empty options object turns off gray-matter's cache, which would keep every file's text alive.
    const frontmatter = plainFrontmatter(matter(source, {}).data as Record<string, unknown>)
    const tree = parser.parse(source) as Root
    // Collecting marks each element with its index (INDEX_PROP), which the bundler's collector does again:
    // the tree handed on is the one as parsed.
    const asParsed = keepTree ? structuredClone(tree) : undefined
    const value = { frontmatter, collected: collectElements(tree) }
    return asParsed ? { ok: true, value, tree: asParsed } : { ok: true, value }
  } catch (error) {
    return { ok: false, errors: [compileErrorToContentError(error, source, file)] }
  }
}
