/**
 * Text width without a DOM. The server lays the timeline out before any font
 * is measured, so widths are estimated from per-character classes of a
 * system sans-serif and rounded up: boxes may be a little roomy, never short.
 */
const NARROW = new Set([...'iIjl.,:;!|\'’‘`()[]{}ft '])
const WIDE = new Set([...'mwMW@%&—'])
const CAPS = /[A-Z0-9]/

/** Estimated advance width of `text` at `fontSize` px; `bold` adds the usual ~7%. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32
    else if (WIDE.has(ch)) em += 0.95
    else if (CAPS.test(ch)) em += 0.7
    else em += 0.6
  }
  // Sized for the widest common fallback (DejaVu Sans, whose bold runs ~10% wider); narrower fonts just get roomier boxes.
  return Math.ceil(em * fontSize * (bold ? 1.1 : 1) * 1.03)
}

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `maxWidth`;
 * overflow ends the last line with an ellipsis. Returns the lines and the
 * widest line's width.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): { lines: string[]; width: number; truncated: boolean } {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let current = ''
  let truncated = false
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const candidate = current ? `${current} ${word}` : word
    if (textWidth(candidate, fontSize, bold) <= maxWidth || !current) {
      current = candidate
      continue
    }
    lines.push(current)
    current = word
    if (lines.length === maxLines) {
      truncated = true
      break
    }
  }
  if (!truncated && current) lines.push(current)
  if (truncated || lines.length > maxLines) {
    lines.length = maxLines
    truncated = true
  }
  if (truncated) {
    let last = lines[maxLines - 1] ?? ''
    while (last && textWidth(`${last}…`, fontSize, bold) > maxWidth) last = last.replace(/\s*\S+$/, '') || last.slice(0, -1)
    lines[maxLines - 1] = `${last.replace(/[\s,;:.]+$/, '')}…`
  }
  // A single word longer than the line is cut, not allowed to overflow its box.
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    if (textWidth(line, fontSize, bold) <= maxWidth) continue
    while (line.length > 1 && textWidth(`${line}…`, fontSize, bold) > maxWidth) line = line.slice(0, -1)
    lines[i] = `${line}…`
    truncated = true
  }
  return { lines, width: Math.max(0, ...lines.map((l) => textWidth(l, fontSize, bold))), truncated }
}
