/**
 * TimelineJS (JSON, or a sheet read by `sheet.ts`) → one Dateline MDX file.
 * Every slide and era becomes an `<Event>`; whatever Dateline cannot hold
 * (backgrounds, thumbnails, the cosmological scale, milliseconds, …) is named
 * in a warning rather than dropped in silence, and the warnings are also kept
 * in a comment at the top of the file for whoever edits it next.
 */
import { defaultId } from '../content/build-timeline'
import { ID_PATTERN, SLUG_RULE, slugify } from '../content/slug'
import { formatSpan } from '../time/format'
import { parseDate, parseSpan } from '../time/parse'
import type { TimeSpan } from '../time/types'
import { timelineJsDateToEdtf, type TimelineJsDate } from './dates'
import { escapeMarkdown, htmlToInlineMarkdown, htmlToMarkdown, htmlToText, isSafeUrl, markdownImage, markdownLink } from './html-to-markdown'
import { formatPath, readTimelineJs, unknownKeys, type PathKey, type TimelineJsMedia, type TimelineJsSlide } from './schema'

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
export const SUMMARY_MAX = 280
/** Longest slug made from a title; longer titles are cut at a word. */
const SLUG_MAX = 60

interface Draft {
  date: string
  end?: string
  title: string
  id?: string
  tags: string[]
  body: string
  /** The slide's image as the event's `image`, when it has the description and credit Dateline requires. */
  image?: { src: string; alt: string; credit: string }
  /** For id clashes: where the slide came from, and what it was called. */
  label: string
}

/**
 * Cuts `text` to at most `max` characters at a word boundary and adds an ellipsis.
 *
 * @param text plain text
 * @param max the longest allowed result, ellipsis included
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const room = max - 1
  let cut = text.slice(0, room)
  if (!/\s/.test(text[room] ?? '')) {
    const space = cut.search(/\s\S*$/)
    if (space > room / 2) cut = cut.slice(0, space)
  }
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`
}

/** A slug of a title, at most {@link SLUG_MAX} characters, ending at a whole word. */
export function slugFromTitle(title: string): string {
  const slug = slugify(title)
  if (slug.length <= SLUG_MAX) return slug
  const cut = slug.slice(0, SLUG_MAX + 1)
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : SLUG_MAX)
}

/** A JSX attribute: MDX decodes character references in quoted values, so `"` and `&` are written as references. */
function attr(name: string, value: string): string {
  return `${name}="${value.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`
}

/** A YAML scalar: JSON strings are valid YAML double-quoted scalars (YAML 1.2, section 1.3). */
const yamlString = (text: string) => JSON.stringify(text)

/** Text inside an MDX `{/* … *\/}` comment: nothing may close the comment or unbalance the braces. */
const commentText = (text: string) => text.replace(/\*\//g, '* /').replace(/\{/g, '(').replace(/\}/g, ')')

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$/i

function isImageUrl(url: string): boolean {
  try {
    return IMAGE.test(new URL(url, 'https://example.invalid/').pathname)
  } catch {
    return IMAGE.test(url.split(/[?#]/)[0] ?? '')
  }
}

/** Two labels say the same date when they have the same words and numbers. */
const sameLabel = (a: string, b: string) => {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  return norm(a) === norm(b)
}

const BARE_ADDRESS = /(?:\bhttps?:\/\/|\bwww\.)\S+|[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}/i

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

  /** The media as a Markdown image or link, with its caption and credit under it. */
  const mediaBlocks = (media: TimelineJsMedia | undefined, label: string): string[] => {
    if (!media) return []
    const out: string[] = []
    const url = media.url?.trim()
    if (url && url.startsWith('<')) {
      const embedded = htmlToMarkdown(url)
      warnings.push(`${label}: media is embedded HTML; only its text is kept${embedded.markdown ? '' : ' (it had none)'}`)
      if (embedded.markdown) out.push(embedded.markdown)
    } else if (url && !isSafeUrl(url)) {
      warnings.push(`${label}: media URL "${url}" not carried (only http, https and mailto links are)`)
    } else if (url) {
      const link = media.link?.trim()
      if (isImageUrl(url)) {
        const alt = htmlToText(media.alt ?? '') || htmlToText(media.title ?? '') || htmlToText(media.caption ?? '')
        const image = markdownImage(alt, url)
        out.push(link && isSafeUrl(link) ? markdownLink(image, link) : image)
      } else {
        out.push(markdownLink(escapeMarkdown(htmlToText(media.title ?? '') || url), url))
        if (link) warnings.push(`${label}: media link not carried (Dateline links only images)`)
      }
    }
    if (media.link_target) warnings.push(`${label}: media link_target "${media.link_target}" not carried`)
    const caption = htmlToInlineMarkdown(media.caption ?? '')
    const credit = htmlToInlineMarkdown(media.credit ?? '')
    const lines = [caption.markdown, credit.markdown ? `Credit: ${credit.markdown}` : ''].filter(Boolean)
    // A hard line break (CommonMark 6.7) keeps caption and credit on their own lines under the media.
    if (lines.length) out.push(lines.join('\\\n'))
    for (const name of [...caption.dropped, ...credit.dropped]) warnings.push(`${label}: <${name}> in the media caption or credit not carried`)
    if (media.thumbnail) warnings.push(`${label}: media thumbnail not carried (Dateline makes its own from the image)`)
    return out
  }

  /**
   * An event's image becomes its `image`, `alt` and `credit` props when all
   * three can be filled honestly: an https (or site-relative) picture, words
   * that describe it, and a credit. Otherwise it stays a Markdown image in the
   * text, with a warning saying what was missing.
   */
  const eventImage = (media: TimelineJsMedia | undefined, label: string): { image: NonNullable<Draft['image']>; blocks: string[] } | undefined => {
    const url = media?.url?.trim()
    if (!media || !url || url.startsWith('<') || !isSafeUrl(url) || !isImageUrl(url)) return undefined
    const alt = htmlToText(media.alt ?? '') || htmlToText(media.title ?? '') || htmlToText(media.caption ?? '')
    const credit = htmlToText(media.credit ?? '')
    const missing = [!/^(https:\/\/|\/(?!\/))/.test(url) ? 'an https address' : '', alt ? '' : 'a description (alt, title or caption)', credit ? '' : 'a credit'].filter(Boolean)
    if (missing.length) {
      warnings.push(`${label}: image kept in the text, not as the event's image: it needs ${missing.join(' and ')}`)
      return undefined
    }
    const blocks: string[] = []
    const caption = htmlToInlineMarkdown(media.caption ?? '')
    if (caption.markdown) blocks.push(caption.markdown)
    for (const name of caption.dropped) warnings.push(`${label}: <${name}> in the media caption not carried`)
    if (/<[a-z]/i.test(media.credit ?? '')) warnings.push(`${label}: formatting and links in the media credit not carried (credit is plain text)`)
    if (media.link?.trim()) warnings.push(`${label}: media link not carried (an event's image links to nothing)`)
    if (media.link_target) warnings.push(`${label}: media link_target "${media.link_target}" not carried`)
    if (media.thumbnail) warnings.push(`${label}: media thumbnail not carried (Dateline makes its own from the image)`)
    return { image: { src: url, alt, credit }, blocks }
  }

  const textBlocks = (slide: Pick<TimelineJsSlide, 'text' | 'autolink'>, label: string): string[] => {
    const html = slide.text?.text ?? ''
    const body = htmlToMarkdown(html)
    for (const name of body.dropped) warnings.push(`${label}: <${name}> in the text not carried`)
    const bare = BARE_ADDRESS.test(htmlToText(html.replace(/<a\b[\s\S]*?<\/a\s*>/gi, ' ')))
    if (slide.autolink !== undefined || (bare && slide.autolink !== false)) {
      warnings.push(`${label}: autolink not carried (Dateline does not turn bare web or mail addresses into links)`)
    }
    return body.markdown ? [body.markdown] : []
  }

  const headlineOf = (slide: Pick<TimelineJsSlide, 'text'>, label: string) => {
    const headline = slide.text?.headline ?? ''
    if (/<a\b/i.test(headline)) warnings.push(`${label}: link in the headline not carried (titles are plain text)`)
    return htmlToText(headline)
  }

  // ---- Title slide → frontmatter and introduction
  const titleSlide = data.title
  let title = titleSlide ? headlineOf(titleSlide, 'title') : ''
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
    const text = textBlocks(titleSlide, 'title')
    // The introduction repeats the summary only when it says more: the rest of a cut text, links, emphasis, paragraphs.
    if (text.length && (cut || text[0] !== escapeMarkdown(plainIntro))) intro.push(...text)
    intro.push(...mediaBlocks(titleSlide.media, 'title'))
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

  /** `display_date` that reads differently from Dateline's own label is kept as a sentence, never lost. */
  const displayLines = (slide: { display_date?: string | undefined; start_date?: TimelineJsDate | undefined; end_date?: TimelineJsDate | undefined }, span: TimeSpan, start: string, end: string | undefined, label: string): string[] => {
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

  const fallbackTitle = (slide: TimelineJsSlide | { text?: TimelineJsSlide['text'] }, media: TimelineJsMedia | undefined, label: string, kind: string) => {
    const fromText = htmlToText(slide.text?.text ?? '') || htmlToText(media?.caption ?? '')
    const made = fromText ? cutAtWord(fromText, 80) : `Untitled ${kind}`
    warnings.push(`${label}: no headline; the title is "${made}"`)
    return made
  }

  const slideIds = new Map<Draft, { given: string; path: PathKey[] }>()

  data.events.forEach((slide, i) => {
    if (!slide) return
    const path: PathKey[] = ['events', i]
    const headline = headlineOf(slide, locate(path))
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
    const picture = eventImage(slide.media, label)
    const blocks = [...textBlocks(slide, label), ...(picture ? picture.blocks : mediaBlocks(slide.media, label)), ...displayLines(slide, span, start, end, label)]
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
      title: headline || fallbackTitle(slide, slide.media, label, 'event'),
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
    const headline = headlineOf(era, locate(path))
    const label = where(path, headline)
    const start = dateOf(era.start_date, [...path, 'start_date'], label)
    const end = dateOf(era.end_date, [...path, 'end_date'], label)
    if (start === undefined || end === undefined) return
    const span = spanOf(start, end, path)
    if (!span) return
    drafts.push({
      date: start,
      end,
      title: headline || fallbackTitle(era, undefined, label, 'era'),
      tags: ['era'],
      body: [...textBlocks(era, label), ...displayLines(era, span, start, end, label)].join('\n\n'),
      label,
    })
  })
  if (eras.length) {
    warnings.push(`eras: ${eras.length} ${eras.length === 1 ? 'era became an event' : 'eras became events'} tagged "era" (Dateline has no eras)`)
  }

  if (errors.length) return { ok: false, errors }

  // ---- Ids: unique_id as a slug; never two alike, so the file loads (the loader refuses duplicate explicit ids).
  const defaults = new Set(drafts.filter((d) => !slideIds.has(d)).map((d) => defaultId(d.date, d.title)))
  const used = new Set<string>()
  for (const draft of drafts) {
    const given = slideIds.get(draft)
    if (!given) continue
    const slug = slugify(given.given)
    if (!ID_PATTERN.test(slug)) {
      warnings.push(`${locate([...given.path, 'unique_id'])}: "${given.given}" has no letters or digits to make an id from; the event gets a default id`)
      continue
    }
    let id = slug
    for (let n = 2; used.has(id) || defaults.has(id); n++) id = `${slug}-${n}`
    if (id !== given.given) {
      const why = id === slug ? `ids are ${SLUG_RULE}` : 'another event already has that id'
      warnings.push(`${locate([...given.path, 'unique_id'])}: "${given.given}" became id "${id}" (${why})`)
    }
    used.add(id)
    draft.id = id
  }

  const slug = options.slug ?? slugFromTitle(title)
  if (!ID_PATTERN.test(slug)) {
    return { ok: false, errors: [options.slug === undefined ? `cannot make a file name from the title "${title}"; give one with --slug` : `slug "${slug}": expected ${SLUG_RULE}`] }
  }

  // ---- The file
  const header = [
    `Imported from TimelineJS${options.sourceName ? ` (${options.sourceName})` : ''} by \`npm run import\` on ${options.published}.`,
    ...(warnings.length ? ['What the import could not carry, or changed:', ...warnings.map((w) => `- ${w}`)] : []),
  ]
  const events = drafts.map((d) => {
    const props = [attr('date', d.date), ...(d.end ? [attr('end', d.end)] : []), attr('title', d.title), ...(d.tags.length ? [attr('tags', d.tags.join(', '))] : []), ...(d.id ? [attr('id', d.id)] : []), ...(d.image ? [attr('image', d.image.src), attr('alt', d.image.alt), attr('credit', d.image.credit)] : [])]
    return d.body ? `<Event ${props.join(' ')}>\n${d.body}\n</Event>` : `<Event ${props.join(' ')} />`
  })
  const mdx = [
    ['---', `title: ${yamlString(title)}`, `summary: ${yamlString(summary)}`, `published: ${options.published}`, '---'].join('\n'),
    `{/*\n${header.map((l) => `  ${commentText(l)}`).join('\n')}\n*/}`,
    ...intro,
    ...events,
  ].join('\n\n')
  return { ok: true, slug, mdx: `${mdx}\n`, warnings, eventCount: drafts.length }
}
