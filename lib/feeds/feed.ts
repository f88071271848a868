/**
 * The site's feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1), one item per published story, written by the
 * `feed` package: the XML and JSON are never assembled by hand.
 */
import { Feed } from 'feed'
import type { Timeline } from '../content/model'
import { publishedMs } from '../content/publicness'
import { fill } from '../i18n'
import { siteMessagesFor } from '../i18n/site'
import { formatDay } from '../time/format'
import { storyUrl } from '../urls'

const SITE_TITLE = 'Dateline'

/** Where each feed is served, and the media type it is served as. */
export const FEEDS = {
  rss: { path: '/feed.xml', type: 'application/rss+xml', title: 'Dateline (RSS)' },
  atom: { path: '/atom.xml', type: 'application/atom+xml', title: 'Dateline (Atom)' },
  json: { path: '/feed.json', type: 'application/feed+json', title: 'Dateline (JSON Feed)' },
} as const

/** `<link rel="alternate">` discovery of the three feeds, for Next's `metadata.alternates.types`. */
export function feedAlternates(origin: string): Record<string, { url: string; title: string }[]> {
  return Object.fromEntries(Object.values(FEEDS).map((f) => [f.type, [{ url: `${origin}${f.path}`, title: f.title }]]))
}

// A day, or the date-time an embargoed story was published at.
const day = (iso: string) => new Date(publishedMs(iso))
/** A story changes when it says so: its `updated` day, else its `published` day. */
export const lastChanged = (t: Pick<Timeline, 'meta'>) => t.meta.updated ?? t.meta.published

/**
 * One Feed object for all three formats. Dates come from the stories, never from the clock, so a
 * build is reproducible and a feed reader sees a change only when a story changed. The feed is the
 * site's, described in the site's `language` (its `language` field says so); what Dateline adds to an
 * item is in the item's story's language.
 */
export function buildFeed(timelines: readonly Pick<Timeline, 'slug' | 'meta'>[], origin: string, language = 'en'): Feed {
  const latest = timelines.map(lastChanged).sort().at(-1)
  const feed = new Feed({
    title: SITE_TITLE,
    description: siteMessagesFor(language).site.description,
    id: `${origin}/`,
    link: `${origin}/`,
    language,
    favicon: `${origin}/icon.svg`,
    copyright: `Dateline`,
    generator: false,
    ...(latest ? { updated: day(latest) } : { updated: new Date(0) }),
    feedLinks: Object.fromEntries(Object.entries(FEEDS).map(([k, f]) => [k, `${origin}${f.path}`])),
  })
  for (const t of timelines) {
    const url = storyUrl(origin, t.slug)
    feed.addItem({
      title: t.meta.title,
      id: url,
      link: url,
      description: t.meta.summary,
      // Corrections travel with the item, dated, as the story page shows them at its end.
      ...(t.meta.corrections.length ? { content: correctionsText(t) } : {}),
      date: day(lastChanged(t)),
      published: day(t.meta.published),
      category: t.meta.tags.map((name) => ({ name, term: name })),
    })
  }
  return feed
}

/** The story's summary followed by its corrections, each with its day, in the story's language: a feed item's content. */
export function correctionsText(t: Pick<Timeline, 'meta'>): string {
  const lang = t.meta.language
  const { correction } = siteMessagesFor(lang).feed
  return [t.meta.summary, ...t.meta.corrections.map((c) => fill(correction, { date: formatDay(c.date, lang), text: c.text }))].join('\n\n')
}

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). `feed` writes version 1; what 1.1 changed that we
 * use is the version URL and the top-level `language` (we send no authors, whose shape also changed).
 */
export function jsonFeed(feed: Feed): string {
  const doc = JSON.parse(feed.json1()) as Record<string, unknown>
  return JSON.stringify({ ...doc, version: 'https://jsonfeed.org/version/1.1', language: feed.options.language })
}
