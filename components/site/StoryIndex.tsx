'use client'

import Link from 'next/link'
import { useDeferredValue, useId, useMemo, useState } from 'react'
import { filterEntries, SPARK_WIDTH, type IndexEntry } from '@/lib/content/story-index'
import { TagList } from './TagList'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** A story's events over its span, as a line with its marks; the card's text says the same in words. */
function Sparkline({ entry }: { entry: IndexEntry }) {
  return (
    <svg className="index-spark" viewBox={`-6 0 ${SPARK_WIDTH + 12} 16`} width={SPARK_WIDTH + 12} height={16} aria-hidden="true" focusable="false">
      <line x1={0} x2={SPARK_WIDTH} y1={11} y2={11} />
      {entry.spark.map((m, i) =>
        m.x1 !== undefined ? (
          <rect key={i} className="index-spark-span" x={m.x} y={3} width={m.x1 - m.x} height={3} rx={1.5} />
        ) : (
          <circle key={i} className={m.importance === 1 ? 'index-spark-lead' : undefined} cx={m.x} cy={11} r={m.importance === 1 ? 3.5 : 2.5} />
        ),
      )}
    </svg>
  )
}

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
        {shown.length === 0 ? 'No stories match.' : filtered ? `${plural(shown.length, 'story', 'stories')} of ${entries.length} match.` : plural(entries.length, 'story', 'stories')}
      </p>
      <ol className="index-list">
        {shown.map((t) => (
          <li key={t.slug} className="index-item">
            <article aria-labelledby={`t-${t.slug}`}>
              <p className="index-span">
                <span>{t.span}</span>
                <span aria-hidden="true"> · </span>
                <span>{plural(t.eventCount, 'event', 'events')}</span>
                {t.quoteCount ? (
                  <>
                    <span aria-hidden="true"> · </span>
                    <span>{plural(t.quoteCount, 'quote', 'quotes')}</span>
                  </>
                ) : null}
              </p>
              <Sparkline entry={t} />
              <h2 id={`t-${t.slug}`} className="index-item-title">
                <Link href={`/timelines/${t.slug}`}>{t.title}</Link>
              </h2>
              <p className="index-summary">{t.summary}</p>
              <TagList tags={t.tags} />
            </article>
          </li>
        ))}
      </ol>
    </>
  )
}
