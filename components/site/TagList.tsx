import Link from 'next/link'
import { tagKey, tagPath } from '@/lib/content/tags'

/** Tags as a labelled list, each a link to its tag page; renders nothing when there are none. */
export function TagList({ tags, className = 'tag-list', label = 'Tags' }: { tags: readonly string[]; className?: string; label?: string }) {
  if (tags.length === 0) return null
  return (
    <ul className={className} aria-label={label}>
      {tags.map((t) => (
        <li key={t}>{tagKey(t) ? <Link href={tagPath(t)}>{t}</Link> : t}</li>
      ))}
    </ul>
  )
}
