/** Tags as a labelled list; renders nothing when there are none. */
export function TagList({ tags, className = 'tag-list' }: { tags: readonly string[]; className?: string }) {
  if (tags.length === 0) return null
  return (
    <ul className={className} aria-label="Tags">
      {tags.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  )
}
