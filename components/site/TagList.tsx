import Link from 'next/link'
import { tagKey, tagPath } from '@/lib/content/tags'

/**
 * Tags as a labelled list; renders nothing when there are none. A story's tags link to their tag pages;
 * an event's tags (`linked={false}`) are the timeline's filter words, which have no page of their own.
 */
export function TagList({
  tags,
  className = 'tag-list',
  linked = true,
  label = 'Tags',
}: {
  tags: readonly string[]
  className?: string
  linked?: boolean
  /** The list's accessible name, in the page's language. */
  label?: string
}) {
  if (tags.length === 0) return null
  return (
    <ul className={className} aria-label={label}>
      {tags.map((t) => (
        <li key={t}>{linked && tagKey(t) ? <Link href={tagPath(t)}>{t}</Link> : t}</li>
      ))}
    </ul>
  )
}
