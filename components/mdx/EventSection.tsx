import type { ReactNode } from 'react'
import { EventFigure } from '@/components/site/EventImage'
import { EventSources } from '@/components/site/EventSources'
import { messagesFor } from '@/lib/i18n'
import { fill } from '@/lib/i18n/plural'
import { TagList } from '@/components/site/TagList'
import type { TimelineEvent } from '@/lib/content/model'
import { sourceNotes } from '@/lib/content/event-details'
import { datetimeAttribute, formatSpan } from '@/lib/time/format'

/** An event in the article: a section whose anchor is the event id, headed by its date and title, with its sources as numbered notes below. */
export function EventSection({ event, locale, children }: { event: TimelineEvent; locale: string; children: ReactNode }) {
  const datetime = datetimeAttribute(event.span)
  const headingId = `${event.id}-heading`
  return (
    <section id={event.id} className="event-section" aria-labelledby={headingId} data-event-section={event.id}>
      <header className="mb-2">
        <p className="event-meta">
          <time {...(datetime ? { dateTime: datetime } : {})}>{formatSpan(event.span, locale)}</time>
          {event.place ? <span className="event-place"> · {event.place}</span> : null}
        </p>
        <h3 id={headingId} className="event-title">
          <a href={`#${event.id}`} className="event-anchor">
            {event.title}
          </a>
        </h3>
        <TagList tags={event.tags} className="event-tags" linked={false} label={messagesFor(locale).story.tags} />
      </header>
      {event.image ? <EventFigure image={event.image} /> : null}
      <div className="event-body">{children}</div>
      <EventSources sources={sourceNotes(event.sources, locale)} label={fill(messagesFor(locale).story.sourcesOf, { title: event.title })} />
    </section>
  )
}
