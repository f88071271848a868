import type { Event as SchemaEvent, ItemList, NewsArticle, Quotation, WithContext } from 'schema-dts'
import type { Timeline } from '../content/model'
import { isoEnds } from '../time/format'
import { storyUrl } from '../urls'

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
    itemListElement: timeline.events.map((e, i) => {
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
  const quotes: WithContext<Quotation>[] = timeline.quotes.map((q) => {
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
