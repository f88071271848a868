import type { Metadata } from 'next'
import type { CSSProperties } from 'react'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { TimelineFigure } from '@/components/timeline/Timeline'
import { StoryCard } from '@/components/site/StoryCard'
import { en } from '@/lib/i18n/messages/en'
import { plural } from '@/lib/i18n/plural'
import { spanLabel, summarize } from '@/lib/content/load.server'
import { getPublished } from '@/lib/content/published.server'
import { chronology } from '@/lib/content/chronology'
import { byLatest, indexEntry } from '@/lib/content/story-index'
import { tagGroups, tagKeyFromParam, tagPath } from '@/lib/content/tags'
import { feedAlternates } from '@/lib/feeds/feed'
import { siteUrl } from '@/lib/site'
import { datetimeAttribute, formatSpan } from '@/lib/time/format'

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

const describe = (label: string, events: number, stories: number) =>
  `Every event of the ${plural(en.counts.stories, stories, 'en')} tagged “${label}”, on one timeline: ${plural(en.counts.events, events, 'en')}, each linked to its story.`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await tagged((await params).tag)
  if (!group) return {}
  const origin = siteUrl()
  const url = `${origin}${tagPath(group.key)}`
  const title = `Stories tagged “${group.label}”`
  const description = describe(group.label, group.stories.reduce((n, s) => n + s.timeline.events.length, 0), group.stories.length)
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
 * to its story: the newsroom's chronology of a subject across its stories.
 */
export default async function TagPage({ params }: Props) {
  const group = await tagged((await params).tag)
  if (!group) notFound()
  const timelines = group.stories.map((s) => s.timeline)
  const languages = new Set(timelines.map((t) => t.meta.language))
  // One language when every story shares it; otherwise the site's.
  const language = languages.size === 1 ? [...languages][0]! : 'en'
  const storyPath = (slug: string) => `/timelines/${slug}`
  const { events, quotes, details, origins } = chronology(timelines, storyPath)
  const entries = timelines.map((t) => indexEntry(t, summarize(t))).sort(byLatest)
  const span = spanLabel(events, language)
  return (
    <div lang={language} className="tag-page">
      <header className="mx-auto max-w-3xl px-5 pt-10">
        <p className="tag-eyebrow">
          <Link href="/">Timelines</Link> <span aria-hidden="true">/</span> Tag
        </p>
        <h1 className="story-title">{group.label}</h1>
        <p className="story-summary">{describe(group.label, events.length, timelines.length)}</p>
        {span ? <p className="tag-span">{span}</p> : null}
      </header>

      <section className="mx-auto max-w-6xl px-5 pt-8" aria-label="Timeline">
        <TimelineFigure slug={`tag-${group.key}`} title={`Stories tagged “${group.label}”`} language={language} events={events} quotes={quotes} details={details} />
      </section>

      <nav className="mx-auto max-w-3xl px-5 pt-10" aria-labelledby="events-heading">
        <h2 id="events-heading" className="section-heading">
          Events in order
        </h2>
        <ol className="event-index tag-event-index" style={{ '--events': events.length } as CSSProperties}>
          {events.map((e) => {
            const origin = origins.get(e.id)!
            const dt = datetimeAttribute(e.span)
            return (
              <li key={e.id} id={e.id} data-event-item={e.id}>
                <a href={`${storyPath(origin.slug)}#${origin.eventId}`}>
                  <time {...(dt ? { dateTime: dt } : {})}>{formatSpan(e.span, language)}</time>
                  <span>
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
          {plural(en.counts.stories, entries.length, 'en')}
        </h2>
        <ol className="index-list tag-story-list">
          {entries.map((t) => (
            <li key={t.slug} className="index-item">
              <StoryCard entry={t} headingLevel="h3" />
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}
