/**
 * Text width without a DOM. The server lays the timeline out before any font
 * is measured, so widths are estimated from per-character classes and rounded
 * up: boxes may be a little roomy, never short. The classes hold for every
 * script a story may be written in: Latin, Cyrillic and Greek by letter shape,
 * Arabic at its joined (not isolated) widths, Hebrew, CJK and other East Asian
 * wide characters at a full em, combining marks and format controls at zero.
 * Their advances were measured in Chromium with the fonts the timeline's
 * labels use (styles/globals.css `--sans`, which falls back to DejaVu Sans,
 * the widest common fallback); e2e/text-width.spec.ts holds them to the
 * browser's own measurements.
 */
const NARROW = new Set([...'iIjl.,:;!|\'’‘` '])
// Narrow, but less so than i and l, and wider still in bold (DejaVu Sans Bold's t is 0.48 em).
const SEMI_NARROW = new Set([...'ft()[]{}'])
const WIDE = new Set([...'mwMW@%&—'])
const CAPS = /[A-Z0-9]/
// Cyrillic letters much wider than their neighbours (DejaVu Sans Bold: ш, щ, ж, ю over 1 em).
const CYRILLIC_WIDE = new Set([...'жмшщыюфЖМШЩЫЮФДЦ'])
// Arabic letters whose joined forms stay wide (the seen family, with its teeth), and the tatweel that stretches a join.
const ARABIC_WIDE = new Set([...'سشصضـ'])

/** Advance of one ASCII character, in em. */
function asciiEm(ch: string): number {
  if (NARROW.has(ch)) return 0.32
  if (SEMI_NARROW.has(ch)) return 0.4
  if (WIDE.has(ch)) return 0.95
  if (CAPS.test(ch)) return 0.7
  return 0.6
}

const isUpper = (ch: string) => ch !== ch.toLowerCase()

/**
 * East Asian Wide and Fullwidth characters (Unicode UAX #11), which every font draws a full em wide:
 * Hangul Jamo, CJK punctuation, kana, ideographs, Yi, Hangul syllables, compatibility ideographs, forms
 * and fullwidth signs, and the astral ideograph planes and pictographs.
 */
function isFullWidth(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  )
}

/** Advance of a character outside ASCII, in em, by its script. */
function otherEm(code: number): number {
  const ch = String.fromCodePoint(code)
  // Combining marks sit on the letter before them (accents, Arabic harakat, Hebrew niqqud); format controls
  // (joiners, direction marks) draw nothing.
  if (/[\p{Mn}\p{Me}\p{Cf}]/u.test(ch)) return 0
  if (isFullWidth(code)) return 1
  if (NARROW.has(ch)) return 0.32
  if (WIDE.has(ch)) return 0.95
  // Cyrillic (with its supplement): wider than Latin, its capitals more so.
  if (code >= 0x0400 && code <= 0x052f) return CYRILLIC_WIDE.has(ch) ? (isUpper(ch) ? 1.1 : 1) : isUpper(ch) ? 0.8 : 0.65
  // Arabic, its supplements and presentation forms: letters join, so a word is much narrower than its letters alone.
  if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe)) {
    if (code >= 0x0660 && code <= 0x0669) return 0.6
    return ARABIC_WIDE.has(ch) ? 1.1 : 0.52
  }
  // Hebrew letters are a little narrower than Latin ones.
  if (code >= 0x0590 && code <= 0x05ff) return 0.54
  // Greek and accented Latin read as the Latin classes: capitals wider than small letters.
  return isUpper(ch) ? 0.7 : 0.6
}

// The ASCII classes as one array read per character (layout measures every title and quote, word by
// word); every other character of the Basic Multilingual Plane is classified on first sight and
// remembered (NaN: not yet seen).
const ASCII_EM = new Float64Array(128)
for (let code = 0; code < 128; code++) ASCII_EM[code] = asciiEm(String.fromCharCode(code))
const BMP_EM = new Float32Array(0x10000).fill(Number.NaN)

/** `em` plus the advance of each character of `text`, added one code point at a time (as `for…of` walks it). */
function addEm(em: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 128) {
      em += ASCII_EM[code]!
      continue
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        // An astral character (an ideograph of CJK Extension B, an emoji) is one character.
        i++
        em += otherEm(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000)
        continue
      }
    }
    let known = BMP_EM[code]!
    // A lone surrogate draws as a replacement box, about as wide as a letter.
    if (Number.isNaN(known)) BMP_EM[code] = known = code >= 0xd800 && code <= 0xdfff ? 0.6 : otherEm(code)
    em += known
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
  // Sized for the widest common fallback (DejaVu Sans, whose bold runs ~14% wider); narrower fonts just get roomier boxes.
  return Math.ceil(em * fontSize * (bold ? 1.14 : 1) * 1.03)
}

/** Estimated advance width of `text` at `fontSize` px; `bold` adds what DejaVu Sans Bold adds (~14%). */
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
