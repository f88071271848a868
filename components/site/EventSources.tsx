import type { SourceNote } from '@/lib/content/event-details'

/** An event's sources as numbered notes: outlet, title (linked when there is an address) and day. Used under the event in the article and in the timeline's detail panel. */
export function EventSources({ sources, label }: { sources: readonly SourceNote[]; label: string }) {
  if (sources.length === 0) return null
  return (
    <ol className="event-sources" aria-label={label}>
      {sources.map((s, i) => (
        <li key={i}>
          <span className="event-source-outlet">{s.outlet}</span>
          {s.title ? (
            <>
              {', '}
              {s.url ? (
                <a href={s.url} rel="noopener noreferrer">
                  “{s.title}”
                </a>
              ) : (
                <cite>“{s.title}”</cite>
              )}
            </>
          ) : s.url ? (
            <>
              {', '}
              <a href={s.url} rel="noopener noreferrer">
                {new URL(s.url).hostname}
              </a>
            </>
          ) : null}
          {s.published && s.dateText ? (
            <>
              {', '}
              <time dateTime={s.published}>{s.dateText}</time>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
