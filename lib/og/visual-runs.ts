import reshaper from 'arabic-persian-reshaper'

/**
 * Text as the social card must hand it to next/og. Its renderer (satori) lays every line out left to right
 * and measures Arabic unshaped (vercel/satori#74: no right-to-left; Noto Sans Arabic's contextual lookups
 * even stop it). So right-to-left text is prepared here, the way a renderer without bidi support is fed:
 * Arabic letters are put in their joined presentation forms (which need no font lookups), each right-to-left
 * word is written in visual order (graphemes reversed, brackets mirrored), and words are handed over as
 * runs that the card lays out in a row from the right (`flex-direction: row-reverse`, wrapping). A stretch
 * of left-to-right words (a Latin name) stays one run in its own order, and a number stays whole, as the bidi
 * algorithm keeps them (UAX #9, rule L2 reverses only right-to-left levels), resolved here word by word.
 */
export function visualRuns(text: string, direction: 'ltr' | 'rtl'): string[] {
  if (direction === 'ltr') return [text]
  const words = reshaper.ArabicShaper.convertArabic(text.normalize('NFC')).replace(ARABIC_MARKS, '').replace(ARABIC_PUNCTUATION, (c) => LATIN_PUNCTUATION[c] ?? c).split(/\s+/).filter(Boolean)
  const levels = resolvedDirections(words.map(wordType))
  const runs: string[] = []
  for (let i = 0; i < words.length; i++) {
    if (levels[i] === 'L' && levels[i - 1] === 'L') runs[runs.length - 1] += ` ${words[i]}`
    else runs.push(levels[i] === 'L' ? words[i]! : visualWord(words[i]!))
  }
  return runs
}

/** A word's bidi type, word by word (UAX #9 §3.2, simplified): a strong letter decides; else a number; else neutral. */
type WordType = 'R' | 'L' | 'EN' | 'N'

function wordType(word: string): WordType {
  if (RTL_LETTER.test(word)) return 'R'
  if (/\p{L}/u.test(word)) return 'L'
  return /\p{Nd}/u.test(word) ? 'EN' : 'N'
}

/**
 * Each word's direction in a right-to-left paragraph: a number after left-to-right text is part of it
 * (rule W7); neutrals between two stretches of one direction take it, and otherwise the paragraph's (N1, N2,
 * where numbers count as right-to-left). So `Windows 10` stays one run, and `2019 – 30` reads from the right.
 */
function resolvedDirections(types: readonly WordType[]): ('L' | 'R')[] {
  let strong: 'L' | 'R' = 'R'
  const afterW7 = types.map((t) => {
    if (t === 'L' || t === 'R') strong = t
    return t === 'EN' ? (strong === 'L' ? 'L' : 'R') : t
  })
  return afterW7.map((t, i) => {
    if (t !== 'N') return t
    const before = afterW7.slice(0, i).findLast((u) => u !== 'N') ?? 'R'
    const after = afterW7.slice(i + 1).find((u) => u !== 'N') ?? 'R'
    return before === 'L' && after === 'L' ? 'L' : 'R'
  })
}

/**
 * What the renderer still takes for Arabic once the letters are in their presentation forms, and cannot draw:
 * one such character in a run sends it into Noto Sans Arabic's contextual lookups, which it cannot apply
 * ("lookupType: 5 - substFormat: 3 is not yet supported"), and the card fails, and with it the build.
 * Combining marks (harakat such as the tanween of "حدثًا", Quranic signs) are left out: written Arabic reads
 * without them, as most print does. Arabic punctuation becomes its Latin counterpart, which the card's fonts hold.
 */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]/g
const ARABIC_PUNCTUATION = /[\u060C\u061B\u061F\u066A-\u066C]/g
const LATIN_PUNCTUATION: Readonly<Record<string, string>> = { '\u060C': ',', '\u061B': ';', '\u061F': '?', '\u066A': '%', '\u066B': ',', '\u066C': ',' }

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms), not Arabic-Indic digits, which run left to right. */
const RTL_LETTER = /[\u0590-\u065F\u066A-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/

/** Paired punctuation swaps sides when a right-to-left word is reversed (UAX #9, rule L4: mirrored glyphs). */
const MIRRORED: Readonly<Record<string, string>> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' }

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** A right-to-left word in visual order: its graphemes (a letter with its harakat stays one) from last to first, digits kept in their order. */
function visualWord(word: string): string {
  const parts = [...graphemes.segment(word)].map((s) => MIRRORED[s.segment] ?? s.segment)
  // Digits inside a right-to-left word still read left to right: reverse the word, then each digit run back.
  const out: string[] = []
  let digits: string[] = []
  for (const g of parts.reverse()) {
    if (/^\p{Nd}$/u.test(g)) digits.push(g)
    else {
      out.push(...digits.reverse(), g)
      digits = []
    }
  }
  out.push(...digits.reverse())
  return out.join('')
}
