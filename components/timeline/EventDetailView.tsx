import type { Ref } from 'react'
import { EventThumbnail } from './EventThumbnail'
import { RichText } from './RichText'
import { EventSources } from '@/components/site/EventSources'
import type { EventDetail } from '@/lib/content/event-details'
import { fill } from '@/lib/i18n/plural'
import type { ViewerMessages } from '@/lib/i18n/viewer-messages'

/**
 * The detail of one event, as markup: its date, place, text and every quote in full. Holds no
 * state, so both viewers draw it once per change: the story page's (story-controls.ts) and the
 * widget's render-once runtime (components/embed/widget-controls.tsx); the viewer focuses its heading.
 */
export function EventDetailView({ detail, messages, onClose, storyHref, headingRef }: { detail: EventDetail; messages: ViewerMessages; onClose: () => void; storyHref?: string | undefined; headingRef?: Ref<HTMLHeadingElement> }) {
  const t = messages.timeline
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
      {/* Author text reads in its own direction (dir="auto"): an English name or quote in an Arabic story. */}
      <h3 id="tl-detail-title" ref={headingRef} tabIndex={-1} className="event-title" dir="auto">
        {detail.title}
      </h3>
      {detail.image ? <EventThumbnail image={detail.image} /> : null}
      <RichText paragraphs={detail.paragraphs} className="tl-detail-text" />
      {detail.quotes.map((q) => (
        <figure key={q.id} className="quote-block">
          <blockquote {...(q.lang ? { lang: q.lang } : {})}>
            <p dir="auto">{q.text}</p>
          </blockquote>
          <figcaption>
            <span className="quote-by" dir="auto">{q.by}</span>
            {q.role ? `, ${q.role}` : ''}
            {q.source || q.dateText ? ` · ${[q.source, q.dateText].filter(Boolean).join(', ')}` : ''}
          </figcaption>
        </figure>
      ))}
      <EventSources sources={detail.sources} label={fill(t.sourcesOf, { title: detail.title })} />
      <p className="tl-detail-actions">
        {detail.story ? (
          <a href={detail.story.href}>{fill(t.readInNamed, { title: detail.story.title })}</a>
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
