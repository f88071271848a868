import { z } from 'zod'
import { isKnownTimeZone } from '../time/zone'
import { ID_PATTERN, SLUG_RULE } from './slug'

/**
 * The public content contract (docs/authoring.md). Frontmatter is YAML, so a
 * bare `2022-07-29` arrives as a Date: accept both and keep the ISO day.
 */
const isoDay = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'expected a date such as 2022-07-29' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date such as 2022-07-29 (YYYY-MM-DD)', abort: true })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: 'expected a real calendar day',
    }),
)

/**
 * When a story goes public: a day (public from 00:00 UTC that day) or an ISO 8601 date-time with a
 * zone (`2026-12-24T06:00:00Z`, `…+01:00`), for an embargo lifted at a set minute. YAML reads both as
 * dates; plainFrontmatter keeps a midnight-UTC one as the day and any other as its full ISO string.
 */
const publishedAt = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : v),
  z
    .string({ error: 'expected a date such as 2022-07-29, or a date-time such as 2026-12-24T06:00:00Z' })
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s), {
      error: 'expected a date such as 2022-07-29, or a date-time with its zone such as 2026-12-24T06:00:00Z',
      abort: true,
    })
    .refine((s) => {
      const day = s.slice(0, 10)
      return !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)
    }, { error: 'expected a real calendar day and time' })
    // A Date from YAML at midnight UTC is the day the writer typed.
    .transform((s) => (s.endsWith('T00:00:00.000Z') ? s.slice(0, 10) : s)),
)

/** A published correction: the day it was made and what it says, shown at the end of the story. */
const correctionSchema = z.strictObject(
  {
    date: isoDay,
    text: z.string({ error: 'expected the text of the correction' }).trim().min(1, { error: 'expected the text of the correction' }),
  },
  { error: 'expected `date:` and `text:` on indented lines under `- ` in `corrections:`' },
)

const bcp47 = z.string().refine(
  (s) => {
    try {
      return Intl.getCanonicalLocales(s).length === 1
    } catch {
      return false
    }
  },
  { error: 'expected a BCP 47 language tag such as en, es or pt-BR' },
)

const stringList = z.preprocess(
  (v) => (typeof v === 'string' ? splitList(v) : v),
  z.array(z.string().trim().min(1, { error: 'expected a non-empty entry' }), { error: 'expected a list such as [russia, diplomacy]' }),
)

const sourceSchema = z.strictObject(
  {
    outlet: z.string({ error: 'expected the name of the outlet' }).trim().min(1, { error: 'expected the name of the outlet' }),
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
    published: isoDay.optional(),
  },
  { error: 'expected `outlet:` (and optionally `url:` and `published:`) on indented lines under `source:`' },
)

export const frontmatterSchema = z.strictObject({
  title: z.string({ error: 'expected a title' }).trim().min(1, { error: 'expected a non-empty title' }),
  summary: z
    .string({ error: 'expected a summary' })
    .trim()
    .min(1, { error: 'expected a non-empty summary' })
    .max(280, { error: 'expected at most 280 characters' }),
  published: publishedAt,
  updated: isoDay.optional(),
  source: sourceSchema.optional(),
  tags: stringList.default([]),
  language: bcp47.default('en'),
  /**
   * The zone the timeline's axis and times are read in (IANA, as Intl knows it); without it, the
   * offset the story's times are written with (lib/time/zone.ts).
   */
  timezone: z
    .string({ error: 'expected an IANA time zone such as Europe/Moscow or America/New_York' })
    .trim()
    .refine(isKnownTimeZone, { error: 'expected an IANA time zone such as Europe/Moscow, America/New_York or UTC' })
    .optional(),
  credits: stringList.default([]),
  /** Kept out of a production build until removed (lib/content/publicness.ts). */
  draft: z.boolean({ error: 'expected true or false' }).default(false),
  corrections: z.array(correctionSchema, { error: 'expected a list of `- date: YYYY-MM-DD` / `text: …` entries' }).default([]),
  /** Stories with the same series link to each other, in order of publication. */
  series: z
    .string({ error: 'expected a series name such as us-russia-prisoner-exchanges' })
    .normalize('NFC')
    .regex(ID_PATTERN, { error: `expected ${SLUG_RULE}, such as us-russia-prisoner-exchanges` })
    .optional(),
  /**
   * The slug of the story this one translates (lib/content/translations.ts): the original and its
   * translations link each other, and `npm run check` holds the slug to a story in another language.
   */
  translationOf: z
    .string({ error: 'expected the slug of the original story, such as lavrov-blinken-prisoner-swap' })
    .normalize('NFC')
    .regex(ID_PATTERN, { error: `expected the slug of the original story: ${SLUG_RULE}, such as lavrov-blinken-prisoner-swap` })
    .optional(),
})

export type Frontmatter = z.infer<typeof frontmatterSchema>
export const FRONTMATTER_KEYS = Object.keys(frontmatterSchema.shape)

/** `tags="a, b"` in props, or a YAML list in frontmatter. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Props of `<Event>`; every value is a quoted string in MDX. */
export const eventPropSchemas = {
  date: z.string().trim().min(1, { error: 'expected an EDTF date' }),
  title: z.string().trim().min(1, { error: 'expected a non-empty title' }),
  end: z.string().trim().min(1, { error: 'expected an EDTF date or ..' }).optional(),
  id: z
    .string()
    .normalize('NFC')
    .regex(ID_PATTERN, { error: `expected ${SLUG_RULE}` })
    .optional(),
  place: z.string().trim().min(1).optional(),
  tags: z.string().optional(),
  importance: z.enum(['1', '2', '3'], { error: 'expected 1 (major), 2 or 3 (minor)' }).optional(),
  // Local files are served from public/; remote ones only over https, so a story never mixes insecure content.
  image: z
    .string()
    .trim()
    .regex(/^(\/(?!\/)\S+|https:\/\/[^\s/]+\/\S*)$/, { error: 'expected a path under public/ such as /images/photo.jpg, or an https:// URL' })
    .optional(),
  alt: z.string().trim().min(1, { error: 'expected a description of the image for readers who cannot see it' }).optional(),
  credit: z.string().trim().min(1, { error: 'expected who made the image, e.g. "Alex Brandon / AP"' }).optional(),
} as const

/** Props that only make sense together with `image`. */
export const IMAGE_COMPANION_PROPS = ['alt', 'credit'] as const

/** Props of `<Quote>`. */
export const quotePropSchemas = {
  by: z.string().trim().min(1, { error: 'expected the speaker' }),
  role: z.string().trim().min(1).optional(),
  date: z.string().trim().min(1).optional(),
  source: z.string().trim().min(1).optional(),
  /** The language of the quoted words; with `original`, the language of the original words. */
  lang: bcp47.optional(),
  /** The words as spoken, when the quote is a translation of them; needs `lang`. */
  original: z.string().trim().min(1, { error: 'expected the words as they were spoken' }).optional(),
} as const

/** Props of `<Source>`, which names where an event's facts come from; the children, if any, are the article's title. */
export const sourcePropSchemas = {
  outlet: z.string().trim().min(1, { error: 'expected the name of the outlet, e.g. Reuters' }),
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  published: isoDay.optional(),
} as const

export const REQUIRED_SOURCE_PROPS = ['outlet'] as const
export const REQUIRED_EVENT_PROPS = ['date', 'title'] as const
export const REQUIRED_QUOTE_PROPS = ['by'] as const
