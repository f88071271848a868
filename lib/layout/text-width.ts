/**
 * Text width without a DOM. The server lays the timeline out before any font
 * is measured, so widths are estimated from per-character classes of a
 * system sans-serif and rounded up: boxes may be a little roomy, never short.
 */
const NARROW = new Set([...'iIjl.,:;!|\'’‘`()[]{}ft '])
const WIDE = new Set([...'mwMW@%&—'])
const CAPS = /[A-Z0-9]/

/** Advance of one character, in em. */
function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.32
  if (WIDE.has(ch)) return 0.95
  if (CAPS.test(ch)) return 0.7
  return 0.6
}

// The classes above as one array read per ASCII character (layout measures every title and quote, word
// by word), and a map for the few non-ASCII characters in a class; any other character is 0.6 em.
const ASCII_EM = new Float64Array(128)
for (let code = 0; code < 128; code++) ASCII_EM[code] = charEm(String.fromCharCode(code))
const OTHER_EM = new Map([...NARROW, ...WIDE].filter((ch) => ch.charCodeAt(0) >= 128).map((ch) => [ch.charCodeAt(0), charEm(ch)]))

/** `em` plus the advance of each character of `text`, added one code point at a time (as `for…of` walks it). */
function addEm(em: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A surrogate pair is one character, in no class (0.6 em); so is a lone surrogate.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    em += code < 128 ? ASCII_EM[code]! : (OTHER_EM.get(code) ?? 0.6)
  }
  return em
}

// Whether a UTF-16 code unit is white space to a regular expression's \s (which matches no astral
// character), asked of the engine once per code unit and remembered: 0 not yet asked, 1 no, 2 yes.
const SPACE = new Uint8Array(0x10000)
function isSpace(code: number): boolean {
  let known = SPACE[code]!
  if (known === 0) SPACE[code] = known = /\s/.test(String.fromCharCode(code)) ? 2 : 1
  return known === 2
}

function widthOfEm(em: number, fontSize: number, bold: boolean): number {
  // Sized for the widest common fallback (DejaVu Sans, whose bold runs ~10% wider); narrower fonts just get roomier boxes.
  return Math.ceil(em * fontSize * (bold ? 1.1 : 1) * 1.03)
}

/** Estimated advance width of `text` at `fontSize` px; `bold` adds the usual ~7%. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return widthOfEm(addEm(0, text), fontSize, bold)
}

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `maxWidth`;
 * overflow ends the last line with an ellipsis. Returns the lines and the
 * widest line's width.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): { lines: string[]; width: number; truncated: boolean } {
  // The words of text.split(/\s+/).filter(Boolean), read one at a time: a long quote stops after a few lines.
  let pos = 0
  const lines: string[] = []
  // Each line's width in em as it was measured while wrapping, so it is not measured again below.
  const measured: number[] = []
  let current = ''
  let truncated = false
  // The width of `current` grows word by word: adding each new character to the running sum gives the
  // same total as measuring the whole candidate line afresh, without measuring it afresh.
  let currentEm = 0
  // The em width of `current` after each of its words, and the same for the line that filled the last allowed line.
  let wordEnds: number[] = []
  let lastLineWordEnds: number[] | undefined
  for (;;) {
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++
    if (pos >= text.length) break
    const start = pos
    while (pos < text.length && !isSpace(text.charCodeAt(pos))) pos++
    const word = text.slice(start, pos)
    const candidateEm = current ? addEm(addEm(currentEm, ' '), word) : addEm(0, word)
    if (widthOfEm(candidateEm, fontSize, bold) <= maxWidth || !current) {
      current = current ? `${current} ${word}` : word
      currentEm = candidateEm
      wordEnds.push(candidateEm)
      continue
    }
    measured[lines.length] = currentEm
    lines.push(current)
    if (lines.length === maxLines) lastLineWordEnds = wordEnds
    current = word
    currentEm = addEm(0, word)
    wordEnds = [currentEm]
    if (lines.length === maxLines) {
      truncated = true
      break
    }
  }
  if (!truncated && current) {
    measured[lines.length] = currentEm
    lines.push(current)
  }
  const written = lines.slice()
  if (truncated || lines.length > maxLines) {
    lines.length = maxLines
    truncated = true
  }
  if (truncated) {
    let last = lines[maxLines - 1] ?? ''
    // Words are dropped from the end until the ellipsis fits. While `last` is the line as wrapped (words
    // joined by single spaces), its width without its last word was already measured; otherwise measure it.
    let ends = last === written[maxLines - 1] ? lastLineWordEnds : undefined
    let count = ends?.length ?? 0
    while (last) {
      const em = ends && count > 0 ? ends[count - 1]! : addEm(0, last)
      if (!(widthOfEm(addEm(em, '…'), fontSize, bold) > maxWidth)) break
      if (ends && count > 1) {
        // What last.replace(/\s*\S+$/, '') leaves when words contain no white space and are joined by one space.
        last = last.slice(0, last.lastIndexOf(' '))
        count--
      } else {
        last = last.replace(/\s*\S+$/, '') || last.slice(0, -1)
        ends = undefined
      }
    }
    lines[maxLines - 1] = `${last.replace(/[\s,;:.]+$/, '')}…`
  }
  // A single word longer than the line is cut, not allowed to overflow its box.
  let widest = 0
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    let width = widthOfEm(line === written[i] ? measured[i]! : addEm(0, line), fontSize, bold)
    if (width > maxWidth) {
      while (line.length > 1 && textWidth(`${line}…`, fontSize, bold) > maxWidth) line = line.slice(0, -1)
      lines[i] = `${line}…`
      truncated = true
      width = textWidth(lines[i]!, fontSize, bold)
    }
    widest = Math.max(widest, width)
  }
  return { lines, width: widest, truncated }
}
