import type { CSSProperties } from 'react'
import { TimelineFigure } from '@/components/timeline/Timeline'
import { StoryCard } from '@/components/site/StoryCard'
import { PagesNav } from '@/components/site/PagesNav'
import { directionOf, fill, messagesFor, plural } from '@/lib/i18n'
import { siteMessagesFor } from '@/lib/i18n/site'
import { spanLabel } from '@/lib/content/load.server'
import { chronology } from '@/lib/content/chronology'
import { tagPagePath } from '@/lib/content/tag-pages'
import { describeTagPage, tagPageTitle, type TagPageData } from '@/lib/content/tagged.server'
import { siteLanguage } from '@/lib/site'
import { datetimeAttribute, formatSpan } from '@/lib/time/format'
import { slugInUrl } from '@/lib/content/slug'
import { storyPath } from '@/lib/urls'

/**
 * A page of a tag (`/tags/<tag>`, then `/tags/<tag>/page/<n>`): its public stories, and all their events on
 * one timeline, each linking to its story: the newsroom's chronology of a subject across its stories. A site
 * page: its words, dates and timeline speak the site's language; each event's and story's title is marked
 * with its story's. A tag of many stories has several pages, latest stories first (lib/content/tag-pages.ts).
 */
export function TagPageView({ data }: { data: TagPageData }) {
  const language = siteLanguage()
  const timelines = data.listed.map((s) => s.timeline)
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
  const entries = data.listed.map((s) => s.entry)
  const span = spanLabel(events, language)
  return (
    <div className="tag-page">
      <header className="mx-auto max-w-3xl px-5 pt-10">
        <p className="tag-eyebrow">
          <a href="/">{words.site.timelines}</a> <span aria-hidden="true">/</span> {words.tag.eyebrow}
        </p>
        <h1 className="story-title">{data.label}</h1>
        <p className="story-summary">{describeTagPage(data, events.length)}</p>
        {span ? <p className="tag-span">{span}</p> : null}
        <PagesNav label={fill(words.tag.pagesOf, { label: data.label })} page={data.page} pages={data.pages} pathOf={(n) => tagPagePath(data.key, n)} t={words.tag} />
      </header>

      <section className="mx-auto max-w-6xl px-5 pt-8" aria-label={messages.story.timeline}>
        <TimelineFigure slug={`tag-${data.key}`} title={tagPageTitle(data)} language={language} events={events} quotes={quotes} details={details} />
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
