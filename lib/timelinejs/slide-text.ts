/**
 * A slide's words: its headline, its text as Markdown, and any display date
 * that reads differently from Dateline's own label, kept as a sentence.
 */
import { formatSpan } from '../time/format'
import { parseDate } from '../time/parse'
import type { TimeSpan } from '../time/types'
import type { TimelineJsDate } from './dates'
import { escapeMarkdown, htmlToMarkdown, htmlToText } from './html-to-markdown'
import type { TimelineJsMedia, TimelineJsSlide } from './schema'
import { cutAtWord } from './words'

/** Two labels say the same date when they have the same words and numbers. */
const sameLabel = (a: string, b: string) => {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  return norm(a) === norm(b)
}

const BARE_ADDRESS = /(?:\bhttps?:\/\/|\bwww\.)\S+|[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}/i

/** The slide's text as Markdown blocks; warns about dropped elements and bare addresses TimelineJS would have linked. */
export function textBlocks(slide: Pick<TimelineJsSlide, 'text' | 'autolink'>, label: string, warnings: string[]): string[] {
  const html = slide.text?.text ?? ''
  const body = htmlToMarkdown(html)
  for (const name of body.dropped) warnings.push(`${label}: <${name}> in the text not carried`)
  const bare = BARE_ADDRESS.test(htmlToText(html.replace(/<a\b[\s\S]*?<\/a\s*>/gi, ' ')))
  if (slide.autolink !== undefined || (bare && slide.autolink !== false)) {
    warnings.push(`${label}: autolink not carried (Dateline does not turn bare web or mail addresses into links)`)
  }
  return body.markdown ? [body.markdown] : []
}

/** The headline as plain text: titles carry no links or formatting. */
export function headlineOf(slide: Pick<TimelineJsSlide, 'text'>, label: string, warnings: string[]): string {
  const headline = slide.text?.headline ?? ''
  if (/<a\b/i.test(headline)) warnings.push(`${label}: link in the headline not carried (titles are plain text)`)
  return htmlToText(headline)
}

/** `display_date` that reads differently from Dateline's own label is kept as a sentence, never lost. */
export function displayLines(slide: { display_date?: string | undefined; start_date?: TimelineJsDate | undefined; end_date?: TimelineJsDate | undefined }, span: TimeSpan, start: string, end: string | undefined, label: string, warnings: string[]): string[] {
  const given: { label: string; shown: string; ours: string }[] = []
  const own = (edtf: string) => {
    const r = parseDate(edtf)
    return r.ok ? formatSpan(r.value) : edtf
  }
  if (slide.display_date) given.push({ label: 'Originally displayed as', shown: htmlToText(slide.display_date), ours: formatSpan(span) })
  if (slide.start_date?.display_date) {
    given.push({ label: end ? 'Start originally displayed as' : 'Originally displayed as', shown: htmlToText(slide.start_date.display_date), ours: own(start) })
  }
  if (slide.end_date?.display_date && end) given.push({ label: 'End originally displayed as', shown: htmlToText(slide.end_date.display_date), ours: own(end) })
  const out: string[] = []
  for (const g of given) {
    if (!g.shown || sameLabel(g.shown, g.ours)) continue
    warnings.push(`${label}: display date "${g.shown}" differs from the date as Dateline reads it ("${g.ours}"); kept in the text`)
    out.push(`*${g.label}:* ${escapeMarkdown(g.shown)}`)
  }
  return out
}

/** A title for a slide without a headline, from its text or caption, named in a warning. */
export function fallbackTitle(slide: TimelineJsSlide | { text?: TimelineJsSlide['text'] }, media: TimelineJsMedia | undefined, label: string, kind: string, warnings: string[]): string {
  const fromText = htmlToText(slide.text?.text ?? '') || htmlToText(media?.caption ?? '')
  const made = fromText ? cutAtWord(fromText, 80) : `Untitled ${kind}`
  warnings.push(`${label}: no headline; the title is "${made}"`)
  return made
}
