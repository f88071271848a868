import type { Paragraph } from './rich-text'
import type { TimeSpan } from '../time/types'
import type { Frontmatter } from './schema'

/** A `<Quote>`: attributed words, on the timeline as a callout of its event (or at its own date). */
export interface TimelineQuote {
  id: string
  /** Position among the file's quotes, in source order; the MDX renderer finds the quote by it. */
  index: number
  /** The quoted words as plain text. */
  text: string
  by: string
  role?: string
  source?: string
  /**
   * Language of the words when it differs from the timeline's (BCP 47); when `original` is given, the
   * language of the original words, and `text` is their translation in the timeline's language.
   */
  lang?: string
  /** The words as they were spoken, in `lang`, shown beside their translation. */
  original?: string
  /** The quote's own date when written, otherwise its event's. */
  span: TimeSpan
  /** True when the `<Quote>` carried its own `date`. */
  dated: boolean
  /** The event the quote belongs to (it sits inside that `<Event>`). */
  eventId?: string
  line: number
}

/** An `<Event>`: one dated happening of the story. */
export interface TimelineEvent {
  id: string
  /** Position among the file's events, in source order. */
  index: number
  title: string
  span: TimeSpan
  place?: string
  tags: string[]
  /** 1 major, 2 normal, 3 minor. */
  importance: 1 | 2 | 3
  /** Ids of the quotes inside this event, in source order. */
  quoteIds: string[]
  /** The event's prose as plain text (quotes excluded), for labels, tooltips and feeds. */
  text: string
  /** The same prose with its paragraphs, emphasis and links, for the detail panel (lib/content/rich-text.ts). */
  paragraphs?: Paragraph[]
  /** A picture of the event: a path under public/ or an https URL, always with its description and credit. */
  image?: EventImage
  /** Where the event's facts come from (its `<Source>` elements), in source order; numbered from 1 under the event. */
  sources: EventSource[]
  line: number
}

/** A `<Source>` inside an `<Event>`: the outlet and, when known, the article's address, day and title. */
export interface EventSource {
  outlet: string
  url?: string
  /** The day the source was published, YYYY-MM-DD. */
  published?: string
  /** The article's title, as written between the tags. */
  title?: string
  line: number
}

export interface EventImage {
  src: string
  alt: string
  credit: string
}

/** A link from the prose to another timeline, checked against that timeline by `npm run check`. */
export interface TimelineLink {
  url: string
  slug: string
  /** The anchor after `#`, when there is one. */
  id?: string
  line: number
  column: number
}

/**
 * One story: what the page, the widget and every export are made from. `meta` carries, besides the
 * frontmatter shown on the page: `published` (a day, or a date-time for an embargo), `draft`,
 * `corrections` (day and text, in the order written) and `series` (the name its sibling stories share).
 * Whether the story is public at a given moment is decided by lib/content/publicness.ts alone.
 */
export interface Timeline {
  slug: string
  /** Path of the source file, relative to the project root. */
  file: string
  meta: Frontmatter
  /** In time order (earliest first); source order breaks ties. */
  events: TimelineEvent[]
  /** In time order. */
  quotes: TimelineQuote[]
  /** The compiled MDX (mdx-bundler output) of the article. */
  code: string
  /** Earliest and latest millisecond covered by any event or quote, or null when there are none. */
  extent: { min: number; max: number } | null
  /** Links to other timelines; links within this one are already checked. */
  links: TimelineLink[]
  /** Where `translationOf` is written in the frontmatter, for `npm run check` to locate its errors. */
  translationOfAt?: { line: number; column: number }
}

/** What the index lists; cheap to send to any page. */
export interface TimelineSummary {
  slug: string
  title: string
  summary: string
  published: string
  series?: string
  tags: string[]
  language: string
  eventCount: number
  quoteCount: number
  extent: { min: number; max: number } | null
  /** Display label of the first and last event dates, in the timeline's language. */
  span: string
}
