import type { Metadata } from 'next'
import type { CSSProperties } from 'react'
import { notFound } from 'next/navigation'
import { TimelineFigure } from '@/components/timeline/Timeline'
import { StoryCard } from '@/components/site/StoryCard'
import { directionOf, fill, messagesFor, plural } from '@/lib/i18n'
import { siteMessagesFor } from '@/lib/i18n/site'
import { spanLabel } from '@/lib/content/load.server'
import { listedStories } from '@/lib/content/listing.server'
import { getPublished } from '@/lib/content/published.server'
import { chronology } from '@/lib/content/chronology'
import { tagGroups, tagKeyFromParam, tagPath } from '@/lib/content/tags'
import { feedAlternates } from '@/lib/feeds/feed'
import { siteLanguage, siteUrl } from '@/lib/site'
import { datetimeAttribute, formatSpan } from '@/lib/time/format'
import { slugInUrl } from '@/lib/content/slug'
import { storyPath } from '@/lib/urls'

type Props = { params: Promise<{ tag: string }> }

// As on the story page: `true` so `next dev` sees tags added while it runs; a production build answers a tag
// it did not prerender with the prebuilt 404 in proxy.ts, so a made-up tag is never rendered or cached.
export const dynamicParams = true

/** The tag's public stories, newest first, or undefined when no public story carries it. */
async function tagged(param: string) {
  const key = tagKeyFromParam(param)
  const { timelines } = await getPublished(undefined, { compile: false, includeUnpublished: false })
  return key ? tagGroups(timelines.map((t) => ({ tags: t.meta.tags, timeline: t }))).find((g) => g.key === key) : undefined
}

export async function generateStaticParams() {
  const { timelines } = await getPublished(undefined, { compile: false, includeUnpublished: false })
  return tagGroups(timelines.map((t) => ({ tags: t.meta.tags }))).map((g) => ({ tag: g.key }))
}

/** The page's sentence about itself, in the site's language. */
function describe(label: string, events: number, stories: number): string {
  const language = siteLanguage()
  const { counts } = messagesFor(language)
  const { tag } = siteMessagesFor(language)
  return fill(tag.describe, { label, stories: plural(counts.stories, stories, language), events: plural(counts.events, events, language) })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await tagged((await params).tag)
  if (!group) return {}
  const origin = siteUrl()
  const url = `${origin}${tagPath(group.key)}`
  const title = fill(siteMessagesFor(siteLanguage()).tag.title, { label: group.label })
  const listed = listedStories(
    group.stories.map((s) => s.timeline),
    siteLanguage(),
  )
  const description = describe(group.label, listed.reduce((n, s) => n + s.timeline.events.length, 0), listed.length)
  return {
    metadataBase: new URL(origin),
    title,
    description,
    alternates: { canonical: url, types: feedAlternates(origin) },
    openGraph: { title, description, type: 'website', url, siteName: 'Dateline' },
    twitter: { card: 'summary', title, description },
  }
}

/**
 * `/tags/<tag>`: every public story with the tag, and all their events on one timeline, each linking
 * to its story: the newsroom's chronology of a subject across its stories. A site page: its words,
 * dates and timeline speak the site's language; each event's and story's title is marked with its
 * story's.
 */
export default async function TagPage({ params }: Props) {
  const group = await tagged((await params).tag)
  if (!group) notFound()
  const language = siteLanguage()
  // One version of each story: the Spanish edition of a story tagged alike would list each event twice.
  const listed = listedStories(
    group.stories.map((s) => s.timeline),
    language,
  )
  const timelines = listed.map((s) => s.timeline)
  const messages = messagesFor(language)
  const words = siteMessagesFor(language)
  // A story's own words (its title, its events' titles) carry its language, and its direction where that differs.
  const languageOf = new Map(timelines.map((t) => [t.slug, t.meta.language]))
  const own = (slug: string) => {
    const lang = languageOf.get(slug) ?? language
    const dir = directionOf(lang)
    return lang === language ? {} : { lang, ...(dir !== directionOf(language) ? { dir } : {}) }
  }
  const { events, quotes, details, origins } = chronology(timelines, storyPath)
  const entries = listed.map((s) => s.entry)
  const span = spanLabel(events, language)
  const title = fill(words.tag.title, { label: group.label })
  return (
    <div className="tag-page">
      <header className="mx-auto max-w-3xl px-5 pt-10">
        <p className="tag-eyebrow">
          <a href="/">{words.site.timelines}</a> <span aria-hidden="true">/</span> {words.tag.eyebrow}
        </p>
        <h1 className="story-title">{group.label}</h1>
        <p className="story-summary">{describe(group.label, events.length, timelines.length)}</p>
        {span ? <p className="tag-span">{span}</p> : null}
      </header>

      <section className="mx-auto max-w-6xl px-5 pt-8" aria-label={messages.story.timeline}>
        <TimelineFigure slug={`tag-${group.key}`} title={title} language={language} events={events} quotes={quotes} details={details} />
      </section>

      <nav className="mx-auto max-w-3xl px-5 pt-10" aria-labelledby="events-heading">
        <h2 id="events-heading" className="section-heading">
          {messages.story.eventsInOrder}
        </h2>
        <ol className="event-index tag-event-index" style={{ '--events': events.length } as CSSProperties}>
          {events.map((e) => {
            const origin = origins.get(e.id)!
            const dt = datetimeAttribute(e.span)
            return (
              <li key={e.id} id={e.id} data-event-item={e.id}>
                <a href={`${storyPath(origin.slug)}#${slugInUrl(origin.eventId)}`}>
                  <time {...(dt ? { dateTime: dt } : {})}>{formatSpan(e.span, language)}</time>
                  <span {...own(origin.slug)}>
                    {e.title}
                    <span className="tag-event-story"> · {origin.title}</span>
                  </span>
                </a>
              </li>
            )
          })}
        </ol>
      </nav>

      <section className="mx-auto max-w-3xl px-5 pb-16 pt-10" aria-labelledby="stories-heading">
        <h2 id="stories-heading" className="section-heading">
          {plural(messages.counts.stories, entries.length, language)}
        </h2>
        <ol className="index-list tag-story-list">
          {entries.map((t) => (
            <li key={t.slug} className="index-item">
              <StoryCard entry={t} headingLevel="h3" locale={language} counts={messages.counts} tagsLabel={messages.story.tags} readIn={messages.story.readIn} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}
