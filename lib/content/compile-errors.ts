import type { ContentError } from './errors'
import { frontmatterEndLine } from './frontmatter-location'

/** More values than any story's frontmatter holds (title, summary, a few tags and credits). */
const MAX_FRONTMATTER_VALUES = 10_000

/** Frontmatter that stands for too many values: YAML aliases (`*a`) let a few lines stand for billions. */
class FrontmatterTooLarge extends Error {
  override name = 'FrontmatterTooLarge'
}

/**
 * YAML turns `published: 2022-07-29` into a Date; keep it as the day written, so
 * the value is the same whether it comes fresh or from the JSON cache. Throws
 * FrontmatterTooLarge past MAX_FRONTMATTER_VALUES values, before expanding them all.
 */
export function plainFrontmatter(value: Record<string, unknown>): Record<string, unknown> {
  let values = 0
  const plain = (v: unknown): unknown => {
    if (++values > MAX_FRONTMATTER_VALUES) throw new FrontmatterTooLarge(`frontmatter holds more than ${MAX_FRONTMATTER_VALUES} values`)
    if (v instanceof Date) {
      const iso = Number.isNaN(v.getTime()) ? String(v) : v.toISOString()
      return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
    }
    if (Array.isArray(v)) return v.map(plain)
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
    return v
  }
  return plain(value) as Record<string, unknown>
}

interface Located {
  line?: number | null
  column?: number | null
  reason?: string
  message?: string
  cause?: unknown
  mark?: { line: number; column: number }
  place?: { start?: { line: number; column: number }; line?: number; column?: number } | null
}

/** The first usable position of a VFileMessage-like error, following `cause` links; or one written into its text. */
function positionOf(detail: Located | undefined, text: string): { line: number; column: number; reason: string } | undefined {
  for (let d: Located | undefined = detail, depth = 0; d && depth < 4; d = d.cause as Located | undefined, depth++) {
    const reason = d.reason ?? d.message ?? text
    const line = d.line ?? d.place?.start?.line ?? d.place?.line
    const column = d.column ?? d.place?.start?.column ?? d.place?.column
    if (line && column) return { line, column, reason }
    // micromark writes the position of an unclosed tag into the reason: "Expected a closing tag for `<Event>` (9:1-9:47)".
    const inReason = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason)
    if (inReason && d.cause === undefined) return { line: Number(inReason[1]), column: Number(inReason[2]), reason: reason.replace(/\s*\(\d+:\d+-\d+:\d+\)/, '') }
  }
  const inText = /^\s*(\d+):(\d+):\s*(.+)$/m.exec(text)
  if (inText) return { line: Number(inText[1]), column: Number(inText[2]), reason: inText[3]! }
  return undefined
}

/**
 * mdx-bundler reports MDX syntax errors through esbuild (a VFileMessage sits in
 * `errors[].detail`, often behind `cause`) and YAML errors straight from
 * js-yaml; both become one located ContentError.
 */
export function compileErrorToContentError(error: unknown, source: string, file: string): ContentError {
  const e = error as { errors?: { text?: string; detail?: Located; location?: { line: number; column: number } | null }[]; name?: string } & Located
  if (e?.name === 'YAMLException' && e.mark) {
    // js-yaml counts lines from 0 in the text gray-matter gives it, which starts with the rest of the opening
    // `---` line. At the end of the text (an unclosed quote or frontmatter) the mark can stand past the file's end.
    const at = withinSource(source, e.mark.line + 1, e.mark.column + 1)
    return {
      file,
      ...at,
      message: `frontmatter is not valid YAML: ${(e.reason ?? e.message ?? '').split('\n')[0]}`,
      expected: '`key: value` lines between the two `---` lines',
    }
  }
  const first = e?.errors?.[0]
  if (first) {
    const at = positionOf(first.detail, first.text ?? '')
    if (at) return { file, line: at.line, column: at.column, message: `MDX syntax: ${at.reason}`, ...mdxHint(at.reason) }
    if (first.location && first.location.line > 0) {
      return { file, line: first.location.line, column: first.location.column + 1, message: `MDX: ${first.text ?? 'cannot compile'}` }
    }
  }
  // Parsed without esbuild (`npm run check`), micromark's VFileMessage arrives as itself.
  if (!e?.errors && (e?.place || e?.line || e?.reason)) {
    const at = positionOf(e, e.message ?? '')
    if (at) return { file, line: at.line, column: at.column, message: `MDX syntax: ${at.reason}`, ...mdxHint(at.reason) }
  }
  if (error instanceof FrontmatterTooLarge) {
    return { file, line: 1, column: 1, message: error.message, expected: 'a title, a summary, dates and a few tags and credits', hint: 'YAML aliases (*name) repeat what they name: write the values out' }
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return { file, line: frontmatterEndLine(source), column: 1, message: 'too deeply nested to read', expected: 'quotes, lists and elements nested a few levels deep' }
  }
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  return { file, line: frontmatterEndLine(source), column: 1, message: `cannot compile: ${message}` }
}

function mdxHint(reason: string): Pick<ContentError, 'expected' | 'hint'> {
  if (/closing tag/i.test(reason)) return { expected: 'every <Event …> closed by </Event> (or written self-closing as <Event … />)' }
  if (/acorn|expression/i.test(reason)) return { hint: 'curly braces start a JavaScript expression in MDX; write \\{ for a literal brace' }
  if (/<|tag/i.test(reason)) return { hint: 'a literal < must be written as &lt; in MDX' }
  return {}
}

/** A line and column moved inside the file: the last line at most, and at most just past the line's end. */
function withinSource(source: string, line: number, column: number): { line: number; column: number } {
  const lines = source.split(/\r\n|\r|\n/)
  const l = Math.min(Math.max(1, line), lines.length)
  return { line: l, column: Math.min(Math.max(1, column), lines[l - 1]!.length + 1) }
}
