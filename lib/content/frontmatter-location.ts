/**
 * YAML frontmatter loses positions once parsed; find where a key was written so
 * errors can still say file:line:column. Works on the raw file text.
 */
export function locateKey(source: string, path: readonly (string | number)[]): { line: number; column: number } {
  const lines = source.split(/\r?\n/)
  if (lines[0]?.trim() !== '---') return { line: 1, column: 1 }
  const endIndex = lines.findIndex((l, i) => i > 0 && l.trim() === '---')
  const last = endIndex === -1 ? lines.length : endIndex
  let from = 1
  let found = { line: 1, column: 1 }
  let indent = -1
  for (const key of path) {
    if (typeof key !== 'string') break
    let hit = false
    for (let i = from; i < last; i++) {
      const m = /^(\s*)([A-Za-z_][\w-]*)\s*:/.exec(lines[i]!)
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
