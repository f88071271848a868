/**
 * TimelineJS (JSON, or a sheet read by `sheet.ts`) → one Dateline MDX file.
 * Every slide and era becomes an `<Event>`; whatever Dateline cannot hold
 * (backgrounds, thumbnails, the cosmological scale, milliseconds, …) is named
 * in a warning rather than dropped in silence, and the warnings are also kept
 * in a comment at the top of the file for whoever edits it next.
 */
import { ID_PATTERN, SLUG_RULE } from '../content/slug'
import { parseSpan } from '../time/parse'
import type { TimeSpan } from '../time/types'
import { timelineJsDateToEdtf, type TimelineJsDate } from './dates'
import { assignIds, type GivenId } from './event-ids'
import { escapeMarkdown, htmlToText } from './html-to-markdown'
import { eventImage, mediaBlocks } from './media'
import { formatPath, readTimelineJs, unknownKeys, type PathKey } from './schema'
import { displayLines, fallbackTitle, headlineOf, textBlocks } from './slide-text'
import { cutAtWord } from './words'
import { slugFromTitle } from '../content/slug'
import { writeStory, type Draft } from './write-story'

export interface ImportOptions {
  /** Day of publication, `YYYY-MM-DD`. */
  published: string
  /** File name (without `.mdx`); defaults to a slug of the title. */
  slug?: string
  /** Title to use when the input has no title slide, e.g. made from the file name. */
  fallbackTitle?: string
  /** Name of the imported file, recorded in the header comment. */
  sourceName?: string
  /** Formats a location for messages; JSON paths (`events[3].start_date`) by default. */
  locate?: (path: readonly PathKey[]) => string
}

export type ImportResult =
  | { ok: true; slug: string; mdx: string; warnings: string[]; eventCount: number }
  | { ok: false; errors: string[] }

/** The frontmatter limit for `summary` (lib/content/schema.ts). */
const SUMMARY_MAX = 280

/**
 * Converts TimelineJS data to a Dateline MDX file. Validates the input first
 * and reports every problem with its location; on success returns the file
 * text, the slug, and the warnings (also written into the file as a comment).
 *
 * @param input parsed TimelineJS JSON (or the JSON made from a sheet)
 * @param options publication day, slug, and how to name locations
 */
export function importTimelineJs(input: unknown, options: ImportOptions): ImportResult {
  const locate = options.locate ?? formatPath
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.published)) return { ok: false, errors: [`published: expected a day such as 2024-05-01, found "${options.published}"`] }
  const read = readTimelineJs(input)
  const errors = read.issues.map((i) => `${locate(i.path)}: ${i.message}`)
  const data = read.value
  if (!data) return { ok: false, errors }
  const warnings: string[] = []

  for (const path of unknownKeys(input)) warnings.push(`${locate(path)}: not a TimelineJS field; ignored`)
  if (data.scale === 'cosmological') {
    warnings.push('scale "cosmological" not carried: Dateline places every date on one calendar, so years were read as on the human scale')
  }

  const where = (path: PathKey[], headline?: string) => (headline ? `${locate(path)} ("${headline}")` : locate(path))

  // ---- Title slide → frontmatter and introduction
  const titleSlide = data.title
  let title = titleSlide ? headlineOf(titleSlide, 'title', warnings) : ''
  if (!title) {
    title = options.fallbackTitle?.trim() || 'Untitled timeline'
    warnings.push(`${titleSlide ? 'title: no headline' : 'no title slide'}; the title is "${title}": replace it`)
  }
  const titleHtml = titleSlide?.text?.text ?? ''
  const plainIntro = htmlToText(titleHtml)
  let summary = plainIntro
  if (!summary) {
    summary = title
    warnings.push('title: no text for the summary, so the summary repeats the title: replace it')
  }
  const cut = summary.length > SUMMARY_MAX
  if (cut) {
    summary = cutAtWord(summary, SUMMARY_MAX)
    warnings.push(`title: text cut to ${SUMMARY_MAX} characters for the summary; the full text is kept as the introduction`)
  }
  const intro: string[] = []
  if (titleSlide) {
    const text = textBlocks(titleSlide, 'title', warnings)
    // The introduction repeats the summary only when it says more: the rest of a cut text, links, emphasis, paragraphs.
    if (text.length && (cut || text[0] !== escapeMarkdown(plainIntro))) intro.push(...text)
    intro.push(...mediaBlocks(titleSlide.media, 'title', warnings))
    for (const key of ['start_date', 'end_date', 'display_date', 'group', 'unique_id'] as const) {
      if (titleSlide[key] !== undefined) warnings.push(`title: ${key} not carried (a Dateline story's title has no date, group or id)`)
    }
    if (titleSlide.background) warnings.push(`title: background not carried (Dateline has no slide backgrounds)`)
  }

  // ---- Events and eras → <Event>
  const drafts: Draft[] = []

  const dateOf = (date: TimelineJsDate, path: PathKey[], label: string): string | undefined => {
    const r = timelineJsDateToEdtf(date)
    if (!r.ok) {
      errors.push(`${locate(r.part ? [...path, r.part] : path)}: ${r.message}`)
      return undefined
    }
    for (const w of r.warnings) warnings.push(`${label}: ${w}`)
    return r.edtf
  }

  const spanOf = (start: string, end: string | undefined, path: PathKey[]): TimeSpan | undefined => {
    const r = parseSpan(start, end)
    if (r.ok) return r.value
    const { message, hint, field } = r.error
    const before = field === 'end' && /before date/.test(message)
    const text = before ? `the end (${end}) is before the start (${start})` : `${message}${hint ? `; ${hint}` : ''}`
    errors.push(`${locate([...path, field === 'end' ? 'end_date' : 'start_date'])}: ${text}`)
    return undefined
  }

  const slideIds = new Map<Draft, GivenId>()

  data.events.forEach((slide, i) => {
    if (!slide) return
    const path: PathKey[] = ['events', i]
    const headline = headlineOf(slide, locate(path), warnings)
    const label = where(path, headline)
    if (!slide.start_date) {
      errors.push(`${locate([...path, 'start_date'])}: required: every TimelineJS event has a start_date`)
      return
    }
    const start = dateOf(slide.start_date, [...path, 'start_date'], label)
    const end = slide.end_date ? dateOf(slide.end_date, [...path, 'end_date'], label) : undefined
    if (start === undefined || (slide.end_date && end === undefined)) return
    const span = spanOf(start, end, path)
    if (!span) return
    const picture = eventImage(slide.media, label, warnings)
    const blocks = [...textBlocks(slide, label, warnings), ...(picture ? picture.blocks : mediaBlocks(slide.media, label, warnings)), ...displayLines(slide, span, start, end, label, warnings)]
    if (slide.background) {
      const bg = [slide.background.url, slide.background.color].filter(Boolean).join(', ')
      warnings.push(`${label}: background${bg ? ` (${bg})` : ''} not carried (Dateline has no slide backgrounds)`)
    }
    let group = slide.group?.trim()
    if (group?.includes(',')) {
      warnings.push(`${label}: group "${group}" has commas, which separate tags; they became spaces`)
      group = group.replace(/\s*,\s*/g, ' ').trim()
    }
    const draft: Draft = {
      date: start,
      ...(end === undefined ? {} : { end }),
      title: headline || fallbackTitle(slide, slide.media, label, 'event', warnings),
      tags: group ? [group] : [],
      body: blocks.join('\n\n'),
      ...(picture ? { image: picture.image } : {}),
      label,
    }
    if (slide.unique_id?.trim()) slideIds.set(draft, { given: slide.unique_id.trim(), path })
    drafts.push(draft)
  })

  const eras = data.eras
  eras.forEach((era, i) => {
    if (!era) return
    const path: PathKey[] = ['eras', i]
    const headline = headlineOf(era, locate(path), warnings)
    const label = where(path, headline)
    const start = dateOf(era.start_date, [...path, 'start_date'], label)
    const end = dateOf(era.end_date, [...path, 'end_date'], label)
    if (start === undefined || end === undefined) return
    const span = spanOf(start, end, path)
    if (!span) return
    drafts.push({
      date: start,
      end,
      title: headline || fallbackTitle(era, undefined, label, 'era', warnings),
      tags: ['era'],
      body: [...textBlocks(era, label, warnings), ...displayLines(era, span, start, end, label, warnings)].join('\n\n'),
      label,
    })
  })
  if (eras.length) {
    warnings.push(`eras: ${eras.length} ${eras.length === 1 ? 'era became an event' : 'eras became events'} tagged "era" (Dateline has no eras)`)
  }

  if (errors.length) return { ok: false, errors }

  assignIds(drafts, slideIds, locate, warnings)

  const slug = options.slug ?? slugFromTitle(title)
  if (!ID_PATTERN.test(slug)) {
    return { ok: false, errors: [options.slug === undefined ? `cannot make a file name from the title "${title}"; give one with --slug` : `slug "${slug}": expected ${SLUG_RULE}`] }
  }

  const mdx = writeStory({ title, summary, published: options.published, sourceName: options.sourceName, warnings, intro, drafts })
  return { ok: true, slug, mdx, warnings, eventCount: drafts.length }
}
