/** One line of a code frame. */
interface FrameLine {
  /** 1-based line number in the file. */
  number: number
  text: string
  /** True for the line the error is on. */
  marked: boolean
}

export interface CodeFrame {
  lines: FrameLine[]
  /** 1-based column of the error on the marked line, clamped to the line (or just past its end). */
  column: number
}

/**
 * The lines around an error, the way Babel's code frames show them: a few lines
 * of context either side and the offending one marked, so a writer sees the
 * mistake in place. Tabs are kept; columns count characters, as the MDX
 * parser's do.
 */
export function codeFrame(source: string, line: number, column: number, context = 2): CodeFrame {
  const all = source.split(/\r?\n/)
  const at = Math.min(Math.max(1, line), all.length)
  const from = Math.max(1, at - context)
  const to = Math.min(all.length, at + context)
  const lines: FrameLine[] = []
  for (let n = from; n <= to; n++) lines.push({ number: n, text: all[n - 1]!, marked: n === at })
  const markedText = all[at - 1] ?? ''
  return { lines, column: Math.min(Math.max(1, column), markedText.length + 1) }
}

/** A code frame as plain text: `> 12 | text` for the marked line, a caret under the column. */
export function formatCodeFrame(frame: CodeFrame): string {
  const width = String(frame.lines[frame.lines.length - 1]?.number ?? 1).length
  const out: string[] = []
  for (const l of frame.lines) {
    out.push(`${l.marked ? '>' : ' '} ${String(l.number).padStart(width)} | ${l.text}`)
    if (l.marked) out.push(`  ${' '.repeat(width)} | ${l.text.slice(0, frame.column - 1).replace(/[^\t]/g, ' ')}^`)
  }
  return out.join('\n')
}
