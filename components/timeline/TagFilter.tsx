import type { TagSlot } from '@/lib/interaction/tags'
import type { ViewerMessages } from '@/lib/i18n/viewer-messages'

/** The timeline's tags in their colours; once the browser can act on them, buttons that hide and show their events. */
export function TagFilter({ slug, tags, hidden, interactive, messages, onToggle }: { slug: string; tags: readonly TagSlot[]; hidden: ReadonlySet<string>; interactive: boolean; messages: ViewerMessages; onToggle: (tag: string) => void }) {
  const t = messages.timeline
  if (!tags.length) return null
  return (
    <div className="tl-tags">
      <span className="tl-tags-label" id={`tl-tags-${slug}`}>
        {t.tags}
      </span>
      <ul aria-labelledby={`tl-tags-${slug}`}>
        {tags.map(({ tag, slot }) => (
          <li key={tag}>
            {interactive ? (
              <button type="button" className={`tl-tag tl-tag-${slot}`} aria-pressed={!hidden.has(tag)} onClick={() => onToggle(tag)}>
                <span className="tl-tag-swatch" aria-hidden="true" />
                <bdi>{tag}</bdi>
              </button>
            ) : (
              <span className={`tl-tag tl-tag-${slot}`}>
                <span className="tl-tag-swatch" aria-hidden="true" />
                <bdi>{tag}</bdi>
              </span>
            )}
          </li>
        ))}
      </ul>
      {interactive ? <span className="tl-tags-hint">{t.tagsHint}</span> : null}
    </div>
  )
}
