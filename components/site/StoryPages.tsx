import type { CSSProperties } from 'react'
import type { Timeline } from '@/lib/content/model'
import { eventHref, listRange, pageCount, pageOfIndex, storyPagePath } from '@/lib/content/story-pages'
import { fill } from '@/lib/i18n/plural'
import type { Messages } from '@/lib/i18n/messages/en'
import { datetimeAttribute, formatSpan } from '@/lib/time/format'

/**
 * The parts of a story page that a long story splits into pages (lib/content/story-pages.ts): the
 * list of events and the links to the other pages. Without JavaScript each page is read on its own;
 * with it, StoryPager fills the placeholders of the later pages in as they near the screen.
 */

type StoryWords = Messages['story']

const number = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n)

/** "Events 201–400 of 2,000": which events page `page`'s list holds. */
export function pageRangeText(page: number, timeline: Timeline, t: StoryWords): string {
  const count = timeline.events.length
  const { start, end } = listRange(page, count)
  const locale = timeline.meta.language
  return fill(t.eventsRange, { from: number(start + 1, locale), to: number(end, locale), total: number(count, locale) })
}

/** Page `page`'s stretch of the events in time order, each linked to its section, on this page or its own. */
export function EventList({ timeline, page }: { timeline: Timeline; page: number }) {
  const count = timeline.events.length
  const { start, end } = listRange(page, count)
  const events = timeline.events.slice(start, end)
  const paged = pageCount(count) > 1
  return (
    <ol
      className="event-index"
      {...(start > 0 ? { start: start + 1 } : {})}
      style={{ '--events': events.length } as CSSProperties}
      {...(paged ? { 'data-story-part': 'list', 'data-page': page } : {})}
    >
      {events.map((e) => {
        const dt = datetimeAttribute(e.span)
        return (
          <li key={e.id} data-event-item={e.id}>
            <a href={eventHref(timeline.slug, page, pageOfIndex(e.index, count), e.id)}>
              <time {...(dt ? { dateTime: dt } : {})}>{formatSpan(e.span, timeline.meta.language)}</time>
              <bdi>{e.title}</bdi>
            </a>
          </li>
        )
      })}
    </ol>
  )
}

/**
 * Where the later pages' list or article would go: a link to each page, which StoryPager replaces
 * with that page's part when it nears the screen (or when a link asks for one of its events).
 */
export function LaterPages({ timeline, page, part, t }: { timeline: Timeline; page: number; part: 'list' | 'article'; t: StoryWords }) {
  const total = pageCount(timeline.events.length)
  if (page >= total) return null
  const later = Array.from({ length: total - page }, (_, i) => page + 1 + i)
  return (
    <>
      {later.map((n) => {
        const { start, end } = listRange(n, timeline.events.length)
        const locale = timeline.meta.language
        return (
          <p key={n} className="story-more" data-story-more={part} data-page={n}>
            <a href={storyPagePath(timeline.slug, n)}>{part === 'list' ? pageRangeText(n, timeline, t) : fill(t.continueReading, { from: number(start + 1, locale), to: number(end, locale) })}</a>
          </p>
        )
      })}
    </>
  )
}

/** Previous and next page, and where this one stands among them. */
export function PageNav({ timeline, page, t }: { timeline: Timeline; page: number; t: StoryWords }) {
  const total = pageCount(timeline.events.length)
  if (total <= 1) return null
  const locale = timeline.meta.language
  return (
    <nav className="story-page-nav" aria-label={t.storyPages}>
      {page > 1 ? (
        <a href={storyPagePath(timeline.slug, page - 1)} rel="prev">
          {t.previousPage}
        </a>
      ) : null}
      <span>{fill(t.pageOf, { n: number(page, locale), total: number(total, locale) })}</span>
      {page < total ? (
        <a href={storyPagePath(timeline.slug, page + 1)} rel="next">
          {t.nextPage}
        </a>
      ) : null}
    </nav>
  )
}
