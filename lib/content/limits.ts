import type { RawProblem } from './collect'

/**
 * How deeply a story may nest quotes, lists, indentation and elements. Real stories nest a few levels; the
 * Markdown parser (micromark) takes time that grows with the square of the depth (a line of 4,000 `- ` took 22 s)
 * and overflows the stack near 10,000, and the bundler fails near 2,000. So depth is bounded well below both.
 */
export const MAX_NESTING = 100

/** The error for nesting deeper than MAX_NESTING, at the first place too deep; `found` is the text there, when known. */
export const nestingProblem = (line: number, column: number, found?: string): RawProblem => ({
  line,
  column,
  message: `nested more than ${MAX_NESTING} levels deep`,
  ...(found !== undefined ? { found: found.length > 40 ? `${found.slice(0, 39)}…` : found } : {}),
  expected: `at most ${MAX_NESTING} levels of quotes (>), lists, indentation and elements`,
  hint: 'a story never needs this much nesting; was code or a document dump pasted in?',
})

// A container opener at the start of a line: `>`, a bullet, or an ordered-list number (CommonMark 5.1, 5.2).
const OPENER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/
// A JSX tag outside code: opening, closing or self-closing (MDX requires every element to be closed).
const TAG = /<(\/?)[A-Za-z][^<>]*?(\/?)>/g

/**
 * Finds nesting deeper than MAX_NESTING by reading lines, before the file is parsed, so a file built to be
 * slow to parse is refused in linear time. It over-counts rather than under-counts: every opener and every
 * two columns of leading indentation count as a level (list items nest by indentation), and tags count in
 * prose but not in fenced code.
 */
export function findDeepNesting(source: string): RawProblem | undefined {
  const lines = source.split(/\r\n|\r|\n/)
  let fenced = false
  let tagDepth = 0
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!
    if (FENCE.test(text)) fenced = !fenced
    if (fenced) continue
    let rest = text
    let depth = 0
    let indent = 0
    for (let m = OPENER.exec(rest); m; m = OPENER.exec(rest)) {
      depth++
      indent += m[0].length - m[0].trimStart().length
      rest = rest.slice(m[0].length)
    }
    indent += rest.length - rest.trimStart().length
    if (depth + Math.floor(indent / 2) > MAX_NESTING) return nestingProblem(i + 1, 1, text.trimStart())
    for (const tag of text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)).matchAll(TAG)) {
      if (tag[2]) continue
      tagDepth += tag[1] ? -1 : 1
      if (tagDepth > MAX_NESTING) return nestingProblem(i + 1, tag.index + 1, tag[0])
    }
    if (tagDepth < 0) tagDepth = 0
  }
  return undefined
}
