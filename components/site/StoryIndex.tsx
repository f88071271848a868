'use client'

import { useDeferredValue, useId, useMemo, useState } from 'react'
import { filterEntries, type IndexEntry } from '@/lib/content/story-index'
import { StoryCard } from './StoryCard'
import { en } from '@/lib/i18n/messages/en'
import { plural } from '@/lib/i18n/plural'

/** A labelled filter: one of `options`, or `any` (the empty value). */
function Choice({ id, label, any, value, options, onChange }: { id: string; label: string; any: string; value: string; options: readonly string[]; onChange: (value: string) => void }) {
  return (
    <span className="index-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </span>
  )
}

/**
 * The index: every story, latest change first, found as you type in its title, summary, event titles
 * and quotes, and narrowed by tag and by year. All in the browser: the page is static and the entries
 * came with it. Without JavaScript it is the whole list.
 */
export function StoryIndex({ entries }: { entries: IndexEntry[] }) {
  const [query, setQuery] = useState('')
  const [tag, setTag] = useState('')
  const [year, setYear] = useState('')
  const deferred = useDeferredValue(query)
  const id = useId()
  const tags = useMemo(() => [...new Set(entries.flatMap((e) => e.tags))].sort(), [entries])
  const years = useMemo(() => [...new Set(entries.flatMap((e) => e.years))].sort((a, b) => b - a), [entries])
  const shown = useMemo(() => filterEntries(entries, { query: deferred, ...(tag ? { tag } : {}), ...(year ? { year: Number(year) } : {}) }), [entries, deferred, tag, year])
  const filtered = query.trim() !== '' || tag !== '' || year !== ''

  return (
    <>
      <form role="search" aria-label="Stories" className="index-controls" onSubmit={(e) => e.preventDefault()}>
        <span className="index-field index-field-search">
          <label htmlFor={`${id}-q`}>Search</label>
          <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Titles, events, quotes" autoComplete="off" />
        </span>
        <Choice id={`${id}-tag`} label="Tag" any="All tags" value={tag} options={tags} onChange={setTag} />
        <Choice id={`${id}-year`} label="Year" any="Any year" value={year} options={years.map(String)} onChange={setYear} />
      </form>
      <p className="index-count" role="status">
        {shown.length === 0 ? 'No stories match.' : filtered ? `${plural(en.counts.stories, shown.length, 'en')} of ${entries.length} match.` : plural(en.counts.stories, entries.length, 'en')}
      </p>
      <ol className="index-list">
        {shown.map((t) => (
          <li key={t.slug} className="index-item">
            <StoryCard entry={t} />
          </li>
        ))}
      </ol>
    </>
  )
}
