/**
 * YAML frontmatter loses positions once parsed; find where a key was written so
 * errors can still say file:line:column. Works on the raw file text.
 */
/** Numbers in the path are list items (`corrections.1.date`). */
export function locateKey(source: string, path: readonly (string | number)[]): { line: number; column: number } {
  const lines = source.split(/\r?\n/)
  if (lines[0]?.trim() !== '---') return { line: 1, column: 1 }
  const endIndex = lines.findIndex((l, i) => i > 0 && l.trim() === '---')
  const last = endIndex === -1 ? lines.length : endIndex
  let from = 1
  let found = { line: 1, column: 1 }
  let indent = -1
  for (const key of path) {
    let hit = false
    if (typeof key === 'number') {
      // The key-th `- ` item of the list under the key found last (YAML lets the dash stand at the key's own indent).
      let seen = -1
      for (let i = from; i < last; i++) {
        const m = /^(\s*)(-\s|[A-Za-z_])/.exec(lines[i]!)
        if (!m) continue
        if (!m[2]!.startsWith('-')) {
          if (m[1]!.length <= indent) break
          continue
        }
        if (m[1]!.length < indent) break
        if (++seen === key) {
          found = { line: i + 1, column: m[1]!.length + 1 }
          from = i
          indent = m[1]!.length
          hit = true
          break
        }
      }
      if (!hit) break
      continue
    }
    const itemLine = from
    for (let i = from; i < last; i++) {
      // The next item of the same list ends this one.
      const dash = /^(\s*)-\s/.exec(lines[i]!)
      if (dash && i !== itemLine && dash[1]!.length <= indent) break
      // `- key:` opens a list item; its key stands after the dash.
      const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:/.exec(lines[i]!)
      if (!m) continue
      const keyIndent = m[1]!.length
      // Leaving the parent's block means the key is not there.
      if (indent >= 0 && keyIndent <= indent) break
      if (m[2] === key) {
        found = { line: i + 1, column: keyIndent + 1 }
        from = i + 1
        indent = keyIndent
        hit = true
        break
      }
    }
    if (!hit) break
  }
  // A missing key is reported at the frontmatter's opening line.
  return found
}

/** Line (1-based) of the closing `---` of the frontmatter, or 1 when there is none. */
export function frontmatterEndLine(source: string): number {
  const lines = source.split(/\r?\n/)
  if (lines[0]?.trim() !== '---') return 1
  const endIndex = lines.findIndex((l, i) => i > 0 && l.trim() === '---')
  return endIndex === -1 ? 1 : endIndex + 1
}
