import { sparkMarks, type SparkMark } from '../layout/sparkline'
import { round } from '../layout/svg-numbers'
import type { Timeline, TimelineSummary } from './model'

/** What the index needs of one story to show its card and to find it: plain data, sent to the browser once. */
export interface IndexEntry extends TimelineSummary {
  /** The day it was last changed: `updated`, else `published`; the index lists the latest first. */
  latest: string
  /** Every year its events touch, ascending: the year filter. */
  years: number[]
  /** Its events on a line 0–{@link SPARK_WIDTH} long, for the card's sparkline. */
  spark: SparkMark[]
  /** Every word of its title, summary, event titles and quotes once, folded for matching (see {@link fold}). */
  haystack: string
  /** The story's versions in other languages that the list does not show as cards of their own (lib/content/translations.ts oneVersionEach). */
  otherLanguages?: { slug: string; language: string }[]
}

/** What a story's card shows: its entry without what only the search reads. */
export type CardEntry = Omit<IndexEntry, 'haystack'>

/** The card's part of an entry: a page of cards need not carry every story's words to search. */
export function cardEntry(entry: IndexEntry): CardEntry {
  const card: Partial<IndexEntry> = { ...entry }
  delete card.haystack
  return card as CardEntry
}

export const SPARK_WIDTH = 160

/** Lower case without accents or extra spaces, so "Lavróv  TASHKENT" finds "Lavrov in Tashkent". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * The words of `texts`, folded, each once. A query's words hold no space, so each matches inside one word of the text
 * or nowhere: keeping each word once finds exactly what the whole text would, and the search's file of every story
 * (app/search.json) carries each story's vocabulary rather than its every title and quote.
 */
export function haystackOf(texts: readonly string[]): string {
  return [...new Set(fold(texts.join(' ')).split(' '))].join(' ')
}

function yearsOf(t: Timeline): number[] {
  const years = new Set<number>()
  for (const e of t.events) {
    const from = new Date(e.span.min).getUTCFullYear()
    // An open or unknown end stops at the story's extent; never more than a century of years from one event.
    const to = Math.min(new Date(Math.min(e.span.max, t.extent?.max ?? e.span.max)).getUTCFullYear(), from + 100)
    for (let y = from; y <= to; y++) years.add(y)
  }
  return [...years].sort((a, b) => a - b)
}

export function indexEntry(t: Timeline, summary: TimelineSummary): IndexEntry {
  return {
    ...summary,
    latest: t.meta.updated ?? t.meta.published,
    years: yearsOf(t),
    spark: sparkMarks(t.events, SPARK_WIDTH).map((m) => ({ ...m, x: round(m.x), ...(m.x1 !== undefined ? { x1: round(m.x1) } : {}) })),
    haystack: haystackOf([t.meta.title, t.meta.summary, ...t.events.map((e) => e.title), ...t.quotes.map((q) => q.text)]),
  }
}

/** Latest first; the slug breaks ties so the order never depends on the file system. */
export function byLatest(a: IndexEntry, b: IndexEntry): number {
  return b.latest.localeCompare(a.latest) || a.slug.localeCompare(b.slug)
}

export interface IndexFilter {
  query?: string
  tag?: string
  year?: number
}

/** The entries that match every word of the query, the tag and the year, in the order given. */
export function filterEntries<T extends Pick<IndexEntry, 'haystack' | 'tags' | 'years'>>(entries: readonly T[], { query = '', tag, year }: IndexFilter): T[] {
  const words = fold(query).split(' ').filter(Boolean)
  return entries.filter((e) => (!tag || e.tags.includes(tag)) && (year === undefined || e.years.includes(year)) && words.every((w) => e.haystack.includes(w)))
}
