'use client'

import { useEffect, useRef } from 'react'
import { EventThumbnail } from './EventThumbnail'
import { EventSources } from '@/components/site/EventSources'
import type { EventDetail } from '@/lib/content/event-details'
import { fill } from '@/lib/i18n/plural'
import { useViewerMessages } from './viewer-messages'

/** The detail of one event under the timeline: its date, place, text and every quote in full. */
export function EventDetailPanel({ detail, onClose, storyHref }: { detail: EventDetail; onClose: () => void; storyHref?: string }) {
  const heading = useRef<HTMLHeadingElement>(null)
  const t = useViewerMessages().timeline
  useEffect(() => heading.current?.focus(), [detail.id])
  return (
    <section
      className="tl-detail"
      aria-label={fill(t.eventDetails, { title: detail.title })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          onClose()
        }
      }}
    >
      {detail.story ? <p className="tl-detail-story">{detail.story.title}</p> : null}
      <p className="event-meta">
        {detail.dateText}
        {detail.place ? <span className="event-place"> · {detail.place}</span> : null}
      </p>
      <h3 id="tl-detail-title" ref={heading} tabIndex={-1} className="event-title">
        {detail.title}
      </h3>
      {detail.image ? <EventThumbnail image={detail.image} /> : null}
      {detail.text ? <p className="tl-detail-text">{detail.text}</p> : null}
      {detail.quotes.map((q) => (
        <figure key={q.id} className="quote-block">
          <blockquote {...(q.lang ? { lang: q.lang } : {})}>
            <p>{q.text}</p>
          </blockquote>
          <figcaption>
            <span className="quote-by">{q.by}</span>
            {q.role ? `, ${q.role}` : ''}
            {q.source || q.dateText ? ` · ${[q.source, q.dateText].filter(Boolean).join(', ')}` : ''}
          </figcaption>
        </figure>
      ))}
      <EventSources sources={detail.sources} label={fill(t.sourcesOf, { title: detail.title })} />
      <p className="tl-detail-actions">
        {detail.story ? (
          <a href={detail.story.href}>
            {fill(t.readInNamed, { title: detail.story.title })}
          </a>
        ) : storyHref ? (
          <a href={`${storyHref}#${encodeURIComponent(detail.id)}`} target="_blank" rel="noopener">
            {t.readInStory}
            <span className="sr-only">{t.opensInNewTab}</span>
          </a>
        ) : (
          <a href={`#${detail.id}`}>{t.readInStory}</a>
        )}
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </p>
    </section>
  )
}
