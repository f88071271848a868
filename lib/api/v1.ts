/**
 * The open-data API, version 1: what `/api/v1/timelines.json` and `/api/v1/timelines/<slug>.json` answer.
 * The shapes are zod schemas, so the JSON Schema published at `/api/v1/schema.json` (`z.toJSONSchema`)
 * and the TypeScript types come from the same source; the builders are pure functions of the model.
 * docs/api.md documents the fields with an example.
 */
import { z } from 'zod'
import type { Timeline, TimelineEvent, TimelineQuote, TimelineSummary } from '../content/model'
import type { StoryVersions, TranslationMember } from '../content/translations'
import type { Bound, TimeSpan } from '../time/types'
import { calendarUrl, dataUrl, eventUrl, storyUrl } from '../urls'

const API_VERSION = 1

/** `Date#toISOString()`: years outside 0000–9999 take a sign and six digits (ECMA-262 §21.4.1.32, ISO 8601 expanded years). */
const isoInstant = z
  .string()
  .regex(/^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  .describe('A UTC instant as written by Date#toISOString(), e.g. 2022-02-24T00:00:00.000Z')
const isoDay = z.iso.date().describe('A calendar day, YYYY-MM-DD')

const boundSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('date'),
      edtf: z.string().describe('This end as written, in EDTF'),
      earliest: isoInstant.describe('First millisecond it covers'),
      latest: isoInstant.describe('Last millisecond it covers (inclusive)'),
      precision: z.enum(['year', 'month', 'day', 'time']),
      approximate: z.boolean().describe('EDTF ~ or %'),
      uncertain: z.boolean().describe('EDTF ? or %'),
      unspecified: z.boolean().describe('EDTF X digits'),
    }),
    z.object({ kind: z.literal('open').describe('EDTF `..`: goes on, or began long before') }),
    z.object({ kind: z.literal('unknown').describe('An empty side of an EDTF interval: there is an end, not known') }),
  ])
  .meta({ id: 'Bound' })

const spanSchema = z
  .object({
    edtf: z.string().describe('The date as written, in EDTF (a date or an interval)'),
    interval: z.boolean(),
    start: boundSchema,
    end: boundSchema,
    earliest: isoInstant.describe('First millisecond drawn (for an open or unknown end, the known end)'),
    latest: isoInstant.describe('Last millisecond drawn (inclusive)'),
  })
  .meta({ id: 'Span' })

const sourceSchema = z
  .object({ outlet: z.string(), url: z.url().optional(), published: isoDay.optional(), title: z.string().optional().describe('The article’s title') })
  .meta({ id: 'Source' })

const correctionSchema = z.object({ date: isoDay, text: z.string() }).meta({ id: 'Correction' })

/** What the index and a story's `meta` both say of a story. */
const storyFields = {
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  published: z.union([isoDay, z.iso.datetime({ offset: true })]).describe('A day, or the moment an embargo lifted'),
  updated: isoDay.optional(),
  tags: z.array(z.string()),
  language: z.string().describe('BCP 47'),
  url: z.url().describe("The story's page"),
  calendar: z.url().describe("The story's events as iCalendar"),
  translationOf: z.string().optional().describe('The slug of the story this one translates'),
}

const indexEntrySchema = z
  .object({
    ...storyFields,
    data: z.url().describe("This story's /api/v1/timelines/<slug>.json"),
    eventCount: z.int().nonnegative(),
    quoteCount: z.int().nonnegative(),
    span: z
      .object({ label: z.string().describe('First and last event dates, in the story’s language'), earliest: isoInstant, latest: isoInstant })
      .nullable()
      .describe('What the events cover; null when there are none'),
  })
  .meta({ id: 'TimelineIndexEntry' })

export const indexSchema = z
  .object({ version: z.literal(API_VERSION), timelines: z.array(indexEntrySchema).describe('Newest first') })
  .meta({ id: 'TimelineIndex', title: 'Dateline timelines index' })

const eventSchema = z
  .object({
    id: z.string(),
    url: z.url().describe('The event on the story page'),
    title: z.string(),
    date: z.string().describe('EDTF, as written'),
    span: spanSchema,
    place: z.string().optional(),
    tags: z.array(z.string()),
    importance: z.union([z.literal(1), z.literal(2), z.literal(3)]).describe('1 major, 2 normal, 3 minor'),
    text: z.string().describe('The event’s prose as plain text, quotes excluded'),
    quoteIds: z.array(z.string()),
    image: z.object({ src: z.string(), alt: z.string(), credit: z.string() }).optional(),
    sources: z.array(sourceSchema).optional(),
  })
  .meta({ id: 'Event' })

const quoteSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    by: z.string(),
    role: z.string().optional(),
    source: z.string().optional(),
    lang: z.string().optional().describe('BCP 47: the language of `text`, or of `original` when there is one'),
    original: z.string().optional().describe('The words as spoken, in `lang`; `text` is then their translation'),
    date: z.string().describe('EDTF: the quote’s own date, or its event’s'),
    span: spanSchema,
    eventId: z.string().optional(),
  })
  .meta({ id: 'Quote' })

export const timelineSchema = z
  .object({
    version: z.literal(API_VERSION),
    meta: z.object({
      ...storyFields,
      credits: z.array(z.string()),
      source: sourceSchema.optional().describe('Where the story was first reported'),
      corrections: z.array(correctionSchema).optional(),
      translations: z
        .array(
          z.object({
            slug: z.string(),
            title: z.string(),
            language: z.string().describe('BCP 47'),
            original: z.boolean().describe('True for the story the others translate'),
            url: z.url(),
            data: z.url().describe("That version's /api/v1/timelines/<slug>.json"),
          }),
        )
        .optional()
        .describe('This story in the other languages it is published in: its original and the original’s other translations'),
    }),
    events: z.array(eventSchema).describe('In time order'),
    quotes: z.array(quoteSchema).describe('In time order'),
  })
  .meta({ id: 'Timeline', title: 'One Dateline timeline' })

export type TimelineIndex = z.infer<typeof indexSchema>
export type TimelineDocument = z.infer<typeof timelineSchema>
type ApiBound = z.infer<typeof boundSchema>
type ApiSpan = z.infer<typeof spanSchema>

const iso = (ms: number) => new Date(ms).toISOString()

function apiBound(b: Bound): ApiBound {
  if (b.kind !== 'date') return { kind: b.kind }
  const d = b.date
  return { kind: 'date', edtf: d.edtf, earliest: iso(d.min), latest: iso(d.max), precision: d.precision, approximate: d.approximate, uncertain: d.uncertain, unspecified: d.unspecified }
}

/** A span with its bounds as ISO instants, so a reader of the API never has to parse EDTF. */
function apiSpan(s: TimeSpan): ApiSpan {
  return { edtf: s.edtf, interval: s.interval, start: apiBound(s.start), end: apiBound(s.end), earliest: iso(s.min), latest: iso(s.max) }
}

const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T

function storyOf(t: Pick<Timeline, 'slug' | 'meta'>, origin: string) {
  const { meta } = t
  return {
    slug: t.slug,
    title: meta.title,
    summary: meta.summary,
    published: meta.published,
    updated: meta.updated,
    tags: meta.tags,
    language: meta.language,
    url: storyUrl(origin, t.slug),
    calendar: calendarUrl(origin, t.slug),
    translationOf: meta.translationOf,
  }
}

/** `/api/v1/timelines.json`: every published story, as `getPublished()` orders them (newest first). */
/** What the index says of a story: its frontmatter and its summary (counts, span), not its events (lib/content/listings.server.ts keeps these). */
type IndexStory = Pick<Timeline, 'slug' | 'meta'> & { summary: TimelineSummary }

export function buildIndex(stories: readonly IndexStory[], origin: string): TimelineIndex {
  return {
    version: API_VERSION,
    timelines: stories.map((t) => {
      const s = t.summary
      return defined({
        ...storyOf(t, origin),
        data: dataUrl(origin, t.slug),
        eventCount: s.eventCount,
        quoteCount: s.quoteCount,
        span: s.extent ? { label: s.span, earliest: iso(s.extent.min), latest: iso(s.extent.max) } : null,
      })
    }),
  }
}

function apiEvent(e: TimelineEvent, slug: string, origin: string): TimelineDocument['events'][number] {
  return defined({
    id: e.id,
    url: eventUrl(origin, slug, e.id),
    title: e.title,
    date: e.span.edtf,
    span: apiSpan(e.span),
    place: e.place,
    tags: e.tags,
    importance: e.importance,
    text: e.text,
    quoteIds: e.quoteIds,
    image: e.image,
    sources: e.sources.length ? e.sources.map((s) => defined({ outlet: s.outlet, url: s.url, published: s.published, title: s.title })) : undefined,
  })
}

function apiQuote(q: TimelineQuote): TimelineDocument['quotes'][number] {
  return defined({ id: q.id, text: q.text, by: q.by, role: q.role, source: q.source, lang: q.lang, original: q.original, date: q.span.edtf, span: apiSpan(q.span), eventId: q.eventId })
}

/**
 * `/api/v1/timelines/<slug>.json`: one story's metadata, events and quotes; `versions` are its
 * published versions in other languages (lib/content/versions.server.ts), itself included or not.
 */
export function buildTimelineDocument(t: Timeline, origin: string, versions: StoryVersions<TranslationMember> = { versions: [] }): TimelineDocument {
  const others = versions.versions.filter((v) => v.slug !== t.slug)
  const { meta } = t
  return {
    version: API_VERSION,
    meta: defined({
      ...storyOf(t, origin),
      credits: meta.credits,
      source: meta.source ? defined({ ...meta.source }) : undefined,
      corrections: meta.corrections.length ? meta.corrections.map(({ date, text }) => ({ date, text })) : undefined,
      translations: others.length
        ? others.map((v) => ({ slug: v.slug, title: v.title, language: v.language, original: v === versions.original, url: storyUrl(origin, v.slug), data: dataUrl(origin, v.slug) }))
        : undefined,
    }),
    events: t.events.map((e) => apiEvent(e, t.slug, origin)),
    quotes: t.quotes.map(apiQuote),
  }
}

/**
 * `/api/v1/schema.json`: one JSON Schema (draft 2020-12) document whose `$defs` hold both responses
 * (`#/$defs/TimelineIndex`, `#/$defs/Timeline`) and the shapes they share; it validates either.
 */
export function buildJsonSchema(origin: string): Record<string, unknown> {
  const { $defs } = z.toJSONSchema(z.union([indexSchema, timelineSchema]), { io: 'output', unrepresentable: 'throw' }) as { $defs: Record<string, unknown> }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${origin}/api/v1/schema.json`,
    title: 'Dateline open data, version 1',
    anyOf: [{ $ref: '#/$defs/TimelineIndex' }, { $ref: '#/$defs/Timeline' }],
    $defs,
  }
}
