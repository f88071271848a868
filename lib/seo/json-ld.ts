import type { Event as SchemaEvent, ItemList, NewsArticle, Quotation, WithContext } from 'schema-dts'
import type { Timeline } from '../content/model'
import { isoEnds } from '../time/format'
import { storyUrl } from '../urls'

/**
 * At most this many events, and as many quotes, are listed in a page's structured data. A story of
 * thousands of events would otherwise carry its whole text twice more in the page (the data block, and
 * React's copy of it); `numberOfItems` still counts them all, and the story's open data
 * (/api/v1/timelines/<slug>.json, linked from the page) has every one.
 */
export const JSON_LD_MAX_ITEMS = 100

/** The `max` most important of `items` (ties: earlier first), kept in their order. */
function mostImportant<T>(items: readonly T[], weight: (item: T) => number, max: number): { item: T; index: number }[] {
  const indexed = items.map((item, index) => ({ item, index }))
  if (indexed.length <= max) return indexed
  return [...indexed]
    .sort((a, b) => weight(b.item) - weight(a.item) || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index)
}

/**
 * A story as schema.org structured data (JSON-LD), for search engines and aggregators: the
 * NewsArticle itself, an ItemList of its events as Events in time order, and its quotes as
 * Quotations that are part of the article. Absolute URLs from the configured origin only.
 */
export function storyJsonLd(timeline: Timeline, origin: string): WithContext<NewsArticle | ItemList | Quotation>[] {
  const { meta, slug } = timeline
  const pageUrl = storyUrl(origin, slug)
  const articleId = `${pageUrl}#article`
  const article: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': articleId,
    headline: meta.title,
    description: meta.summary,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    inLanguage: meta.language,
    datePublished: meta.published,
    dateModified: meta.updated ?? meta.published,
    image: `${pageUrl}/opengraph-image`,
    keywords: meta.tags.join(', '),
    ...(meta.corrections.length ? { correction: meta.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date })) } : {}),
    publisher: { '@type': 'Organization', name: 'Dateline', url: `${origin}/` },
    ...(meta.credits.length ? { creditText: meta.credits.join('; ') } : {}),
    ...(meta.source ? { isBasedOn: { '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: meta.source.outlet }, ...(meta.source.url ? { url: meta.source.url } : {}), ...(meta.source.published ? { datePublished: meta.source.published } : {}) } } : {}),
  }
  const events: WithContext<ItemList> = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: `Events of “${meta.title}”`,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: timeline.events.length,
    itemListElement: mostImportant(timeline.events, (e) => 4 - e.importance, JSON_LD_MAX_ITEMS).map(({ item: e, index: i }) => {
      const { start, end } = isoEnds(e.span)
      const event: SchemaEvent = {
        '@type': 'Event',
        '@id': `${pageUrl}#${e.id}`,
        name: e.title,
        url: `${pageUrl}#${e.id}`,
        ...(start ? { startDate: start } : {}),
        ...(end ? { endDate: end } : {}),
        ...(e.place ? { location: { '@type': 'Place', name: e.place } } : {}),
        ...(e.text ? { description: e.text } : {}),
      }
      return { '@type': 'ListItem', position: i + 1, item: event }
    }),
  }
  const importance = new Map(timeline.events.map((e) => [e.id, e.importance]))
  const listed = mostImportant(timeline.quotes, (q) => 4 - (importance.get(q.eventId ?? '') ?? 2), JSON_LD_MAX_ITEMS)
  const quotes: WithContext<Quotation>[] = listed.map(({ item: q }) => {
    const { start } = isoEnds(q.span)
    return {
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      text: q.text,
      spokenByCharacter: { '@type': 'Person', name: q.by, ...(q.role ? { jobTitle: q.role } : {}) },
      isPartOf: { '@id': articleId },
      ...(q.eventId ? { about: { '@id': `${pageUrl}#${q.eventId}` } } : {}),
      ...(start ? { dateCreated: start } : {}),
      ...(q.lang ? { inLanguage: q.lang } : {}),
    }
  })
  return [article, events, ...quotes]
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` is escaped so that no
 * string from a story can close the script element early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
