import type { z } from 'zod'
import { parseDate, parseSpan } from '../time/parse'
import type { TimeSpan } from '../time/types'
import type { Collected, RawElement, RawProp } from './collect'
import type { ContentError } from './errors'
import { sortErrors } from './errors'
import { byTime, extentOf } from './order'
import { locateKey } from './frontmatter-location'
import type { EventImage, EventSource, Timeline, TimelineEvent, TimelineLink, TimelineQuote } from './model'
import { anchorsOf, linkTarget, missingAnchorError } from './links'
import {
  eventPropSchemas,
  FRONTMATTER_KEYS,
  IMAGE_COMPANION_PROPS,
  frontmatterSchema,
  quotePropSchemas,
  REQUIRED_EVENT_PROPS,
  REQUIRED_QUOTE_PROPS,
  REQUIRED_SOURCE_PROPS,
  sourcePropSchemas,
  splitList,
} from './schema'
import { ID_PATTERN, slugify } from './slug'
import { closest } from './suggest'
import { INDEX_PROP } from './collect'

export interface BuildInput {
  slug: string
  /** Path used in error messages. */
  file: string
  /** The raw file text (for locating frontmatter keys). */
  source: string
  /** Frontmatter as parsed from YAML, not yet validated. */
  frontmatter: Record<string, unknown>
  collected: Collected
  code: string
  /** Whether a path under public/ exists; without it local images are not checked (e.g. in the browser-free studio tests). */
  publicFileExists?: (src: string) => boolean
}

export type BuildResult = { ok: true; timeline: Timeline } | { ok: false; errors: ContentError[] }

const KNOWN_COMPONENTS = ['Event', 'Quote', 'Source']

function quoteFound(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/**
 * Validates what the collector found and assembles the Timeline model. Every
 * problem in the file is reported, not only the first: a writer fixes a file in
 * one pass.
 */
export function buildTimeline(input: BuildInput): BuildResult {
  const { file, source, collected } = input
  const errors: ContentError[] = []
  const at = (line: number, column: number, rest: Omit<ContentError, 'file' | 'line' | 'column'>) =>
    errors.push({ file, line, column, ...rest })

  // Frontmatter
  const fm = frontmatterSchema.safeParse(input.frontmatter)
  if (!fm.success) {
    for (const issue of fm.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const where = locateKey(source, [...yamlPath(issue.path), key])
          const known = issue.path.length === 0 ? FRONTMATTER_KEYS : issue.path[0] === 'corrections' ? ['date', 'text'] : ['outlet', 'url', 'published']
          const suggestion = closest(key, known)
          at(where.line, where.column, {
            message: `unknown frontmatter key \`${[...issue.path, key].join('.')}\``,
            prop: key,
            expected: `one of ${known.join(', ')}`,
            ...(suggestion ? { hint: `did you mean \`${suggestion}\`?` } : {}),
          })
        }
        continue
      }
      const path = issue.path.map(String)
      const where = locateKey(source, yamlPath(issue.path))
      let value: unknown = input.frontmatter
      for (const k of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[k] : undefined
      const missing = value === undefined
      at(where.line, where.column, {
        message: missing ? `frontmatter is missing \`${path.join('.')}\`` : `invalid frontmatter \`${path.join('.')}\``,
        prop: path.join('.'),
        found: quoteFound(value),
        // zod messages read "expected …"; the formatter already prints "expected:".
        expected: issue.message.replace(/^expected /, ''),
      })
    }
  }

  for (const { line, column, ...rest } of collected.problems) at(line, column, rest)
  for (const u of collected.unknownComponents) {
    const suggestion = closest(u.name, KNOWN_COMPONENTS)
    at(u.line, u.column, {
      message: `unknown component <${u.name}>`,
      found: `<${u.name}>`,
      expected: '<Event>, <Quote> or <Source> (or plain Markdown and HTML)',
      ...(suggestion ? { hint: `did you mean <${suggestion}>?` } : {}),
    })
  }

  const readProps = (el: RawElement, schemas: Record<string, z.ZodType>, required: readonly string[]) => {
    const values: Record<string, string> = {}
    const places: Record<string, RawProp> = {}
    const known = Object.keys(schemas)
    for (const prop of el.props) {
      if (prop.name === INDEX_PROP) continue
      // The collector reported it as code (lib/content/no-code.ts); an expression is never read as a value.
      if (prop.expression) continue
      const schema = schemas[prop.name]
      if (!schema) {
        const suggestion = closest(prop.name, known)
        at(prop.line, prop.column, {
          message: `unknown prop \`${prop.name}\` on <${el.name}>`,
          prop: prop.name,
          expected: `one of ${known.join(', ')}`,
          ...(suggestion ? { hint: `did you mean \`${suggestion}\`?` } : {}),
        })
        continue
      }
      if (prop.value === null) {
        at(prop.line, prop.column, { message: `\`${prop.name}\` needs a value`, prop: prop.name, found: prop.name, expected: `${prop.name}="…"` })
        continue
      }
      const parsed = schema.safeParse(prop.value)
      if (!parsed.success) {
        at(prop.valueLine, prop.valueColumn, {
          message: `invalid \`${prop.name}\` on <${el.name}>`,
          prop: prop.name,
          found: quoteFound(prop.value),
          expected: parsed.error.issues[0]?.message.replace(/^expected /, '') ?? 'a valid value',
        })
        continue
      }
      values[prop.name] = parsed.data as string
      places[prop.name] = prop
    }
    for (const name of required) {
      if (values[name] === undefined && !el.props.some((p) => p.name === name)) {
        at(el.line, el.column, { message: `<${el.name}> is missing \`${name}\``, prop: name, expected: `${name}="…"` })
      }
    }
    return { values, places }
  }

  /** Parses a date prop; on failure the error points inside the value, at the character the parser stopped on. */
  const dateProp = (prop: RawProp, text: string, what: string): TimeSpan | undefined => {
    const r = parseDate(text)
    if (r.ok) return r.value
    const sameLine = !text.includes('\n')
    at(prop.valueLine, prop.valueColumn + (sameLine && r.error.offset !== undefined ? r.error.offset : 0), {
      message: `${what}: ${r.error.message}`,
      prop: prop.name,
      found: quoteFound(text),
      expected: r.error.expected,
      ...(r.error.hint ? { hint: r.error.hint } : {}),
    })
    return undefined
  }

  /** `image` needs `alt` (WCAG 1.1.1) and `credit` (the photographer's right to be named); the two mean nothing without it. */
  const eventImage = (el: RawElement, values: Record<string, string>, places: Record<string, RawProp>): EventImage | undefined => {
    if (values.image === undefined) {
      for (const name of IMAGE_COMPANION_PROPS) {
        const p = places[name]
        if (p) at(p.line, p.column, { message: `\`${name}\` without \`image\` on <Event>`, prop: name, expected: `image="…" beside ${name}, or no ${name}` })
      }
      return undefined
    }
    let complete = true
    for (const name of IMAGE_COMPANION_PROPS) {
      if (values[name] === undefined && !el.props.some((p) => p.name === name)) {
        complete = false
        at(el.line, el.column, {
          message: `<Event> has an \`image\` but no \`${name}\``,
          prop: name,
          expected: name === 'alt' ? 'alt="what the image shows, for readers who cannot see it"' : 'credit="who made the image, e.g. Alex Brandon / AP"',
        })
      }
    }
    const src = values.image
    const place = places.image!
    if (src.startsWith('/') && input.publicFileExists && !input.publicFileExists(src)) {
      complete = false
      at(place.valueLine, place.valueColumn, {
        message: `image not found: public${src}`,
        prop: 'image',
        found: quoteFound(src),
        expected: 'a file under public/ (the path starts at public/, without it)',
      })
    }
    return complete && values.alt !== undefined && values.credit !== undefined ? { src, alt: values.alt, credit: values.credit } : undefined
  }

  // Events
  const events: TimelineEvent[] = []
  const eventByIndex = new Map<number, TimelineEvent>()
  const seenIds = new Map<string, number>()
  for (const el of collected.events) {
    const { values, places } = readProps(el, eventPropSchemas, REQUIRED_EVENT_PROPS)
    let span: TimeSpan | undefined
    if (values.date !== undefined && places.date) {
      const start = dateProp(places.date, values.date, 'invalid `date`')
      if (start && values.end !== undefined && places.end) {
        const endOk = values.end === '..' || dateProp(places.end, values.end, 'invalid `end`') !== undefined
        if (endOk) {
          const r = parseSpan(values.date, values.end)
          if (r.ok) span = r.value
          else
            at(places.end.valueLine, places.end.valueColumn, {
              message: r.error.message,
              prop: 'end',
              found: quoteFound(values.end),
              expected: r.error.expected,
              ...(r.error.hint ? { hint: r.error.hint } : {}),
            })
        }
      } else span = start
    }
    const image = eventImage(el, values, places)
    if (values.title === undefined || span === undefined) continue

    const explicitId = values.id
    let id = explicitId ?? defaultId(values.date!, values.title)
    const prior = seenIds.get(id)
    if (prior !== undefined) {
      if (explicitId) {
        const where = places.id!
        at(where.valueLine, where.valueColumn, {
          message: `duplicate id "${id}"`,
          prop: 'id',
          found: quoteFound(id),
          expected: 'an id used by no other event in this timeline',
          hint: `the event on line ${prior} already uses it`,
        })
        continue
      }
      // Two events with the same date and title: keep both, number the later one.
      let n = 2
      while (seenIds.has(`${id}-${n}`)) n++
      id = `${id}-${n}`
    }
    seenIds.set(id, el.line)
    const event: TimelineEvent = {
      id,
      index: el.index,
      title: values.title,
      span,
      tags: values.tags ? splitList(values.tags) : [],
      importance: (values.importance ? Number(values.importance) : 2) as 1 | 2 | 3,
      quoteIds: [],
      sources: [],
      text: el.text,
      line: el.line,
      ...(values.place ? { place: values.place } : {}),
      ...(image ? { image } : {}),
    }
    events.push(event)
    eventByIndex.set(el.index, event)
  }

  // Sources: validated even when their event is not, so a writer sees every mistake at once.
  for (const el of collected.sources) {
    const { values } = readProps(el, sourcePropSchemas, REQUIRED_SOURCE_PROPS)
    const event = el.eventIndex !== undefined ? eventByIndex.get(el.eventIndex) : undefined
    if (values.outlet === undefined || !event) continue
    const source: EventSource = {
      outlet: values.outlet,
      line: el.line,
      ...(values.url ? { url: values.url } : {}),
      ...(values.published ? { published: values.published } : {}),
      ...(el.text ? { title: el.text } : {}),
    }
    event.sources.push(source)
  }

  // Quotes
  const quotes: TimelineQuote[] = []
  for (const el of collected.quotes) {
    const { values, places } = readProps(el, quotePropSchemas, REQUIRED_QUOTE_PROPS)
    const event = el.eventIndex !== undefined ? eventByIndex.get(el.eventIndex) : undefined
    let span: TimeSpan | undefined
    if (values.date !== undefined && places.date) span = dateProp(places.date, values.date, 'invalid `date`')
    else if (el.eventIndex === undefined) {
      at(el.line, el.column, {
        message: 'a <Quote> outside an <Event> needs its own `date`',
        prop: 'date',
        expected: 'date="…" (EDTF), or move the quote inside its <Event>',
      })
    } else span = event?.span
    if (!el.text) {
      at(el.line, el.column, { message: '<Quote> has no words', expected: '<Quote by="…">the quoted words</Quote>' })
      continue
    }
    if (values.by === undefined || span === undefined) continue
    const id = event ? `${event.id}-q${event.quoteIds.length + 1}` : `quote-${el.index + 1}`
    const quote: TimelineQuote = {
      id,
      index: el.index,
      text: el.text,
      by: values.by,
      span,
      dated: values.date !== undefined,
      line: el.line,
      ...(values.role ? { role: values.role } : {}),
      ...(values.source ? { source: values.source } : {}),
      ...(values.lang ? { lang: values.lang } : {}),
      ...(event ? { eventId: event.id } : {}),
    }
    event?.quoteIds.push(id)
    quotes.push(quote)
  }

  // Links: anchors in this timeline are checked here; links to other timelines wait for `npm run check`, which sees every file.
  const anchors = anchorsOf({ events, quotes })
  const links: TimelineLink[] = []
  for (const link of collected.links) {
    const target = linkTarget(link.url)
    if (!target) continue
    if (target.slug === null || target.slug === input.slug) {
      if (target.id !== undefined && !anchors.includes(target.id)) errors.push(missingAnchorError(file, link, target.id, anchors))
    } else links.push({ url: link.url, slug: target.slug, ...(target.id !== undefined ? { id: target.id } : {}), line: link.line, column: link.column })
  }

  if (errors.length > 0 || !fm.success) return { ok: false, errors: sortErrors(errors) }

  events.sort(byTime)
  quotes.sort(byTime)
  const extent = extentOf([...events.map((e) => e.span), ...quotes.map((q) => q.span)])

  return {
    ok: true,
    timeline: { slug: input.slug, file, meta: fm.data, events, quotes, code: input.code, extent, links },
  }
}

/** A zod issue path as frontmatter keys and list positions. */
const yamlPath = (path: readonly PropertyKey[]) => path.filter((k): k is string | number => typeof k !== 'symbol')

/** `2022-02-24` + "Russia invades Ukraine" → `2022-02-24-russia-invades-ukraine`: readable, stable while the date and title are. */
export function defaultId(date: string, title: string): string {
  const words = slugify(title).split('-').filter(Boolean)
  let titlePart = ''
  for (const w of words) {
    if ((titlePart + '-' + w).length > 48) break
    titlePart = titlePart ? `${titlePart}-${w}` : w
  }
  // A leading minus (astronomical years before 1) must survive slugging, or BCE ids would collide with CE ones.
  const datePart = slugify(date.replace(/^-/, 'minus-'))
  const id = [datePart, titlePart].filter(Boolean).join('-')
  return ID_PATTERN.test(id) ? id : `event-${id}`
}
