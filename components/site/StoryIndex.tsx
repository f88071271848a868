'use client'

import { useCallback, useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react'
import { SEARCH_INDEX_PATH } from '@/lib/content/index-pages'
import { filterEntries, type CardEntry, type IndexEntry } from '@/lib/content/story-index'
import { StoryCard } from './StoryCard'
import { fill, plural } from '@/lib/i18n/plural'
import type { Messages } from '@/lib/i18n'
import type { SiteMessages } from '@/lib/i18n/site'

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

/** Every story's entry, fetched once for the page when a reader first reaches for the search; fetched again after a failure. */
let everyStory: Promise<IndexEntry[]> | undefined
function loadEveryStory(): Promise<IndexEntry[]> {
  everyStory ??= fetch(SEARCH_INDEX_PATH)
    .then((r) => (r.ok ? (r.json() as Promise<{ stories?: unknown }>) : Promise.reject(new Error(`${SEARCH_INDEX_PATH}: ${r.status}`))))
    .then((body) => (Array.isArray(body.stories) ? (body.stories as IndexEntry[]) : Promise.reject(new Error(`${SEARCH_INDEX_PATH}: no stories`))))
  everyStory.catch(() => (everyStory = undefined))
  return everyStory
}

/**
 * The index: a page of stories, latest change first (`children`: the links to the other pages), found as you type
 * in their titles, summaries, event titles and quotes, and narrowed by tag and by year. The search looks through
 * every story of every page: their entries are fetched (SEARCH_INDEX_PATH) when the reader first focuses the form,
 * so a page does not carry the whole archive. Without JavaScript it is the page's list and the links to the others.
 */
export function StoryIndex({
  entries,
  total,
  tags,
  years,
  locale,
  t,
  counts,
  tagsLabel,
  readIn,
  children,
}: {
  entries: CardEntry[]
  total: number
  tags: readonly string[]
  years: readonly number[]
  locale: string
  t: SiteMessages['index']
  counts: Messages['counts']
  tagsLabel: string
  readIn: string
  children?: ReactNode
}) {
  const [query, setQuery] = useState('')
  const [tag, setTag] = useState('')
  const [year, setYear] = useState('')
  const [all, setAll] = useState<IndexEntry[] | null>(null)
  const [failed, setFailed] = useState(false)
  const deferred = useDeferredValue(query)
  const id = useId()
  const filtered = query.trim() !== '' || tag !== '' || year !== ''
  const reach = useCallback(() => {
    if (all) return
    setFailed(false)
    loadEveryStory().then(setAll, () => setFailed(true))
  }, [all])
  // Every filter reaches for the whole index as it changes: a reader may pick a tag without focusing the form first.
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value)
    reach()
  }
  const shown: CardEntry[] | null = useMemo(
    () => (!filtered ? entries : all ? filterEntries(all, { query: deferred, ...(tag ? { tag } : {}), ...(year ? { year: Number(year) } : {}) }) : null),
    [filtered, entries, all, deferred, tag, year],
  )

  return (
    <>
      <form role="search" aria-label={t.form} className="index-controls" onSubmit={(e) => e.preventDefault()} onFocus={reach}>
        <span className="index-field index-field-search">
          <label htmlFor={`${id}-q`}>{t.search}</label>
          <input id={`${id}-q`} type="search" value={query} onChange={(e) => filter(setQuery)(e.target.value)} placeholder={t.placeholder} autoComplete="off" />
        </span>
        <Choice id={`${id}-tag`} label={t.tag} any={t.allTags} value={tag} options={tags} onChange={filter(setTag)} />
        <Choice id={`${id}-year`} label={t.year} any={t.anyYear} value={year} options={years.map(String)} onChange={filter(setYear)} />
      </form>
      <p className="index-count" role="status">
        {shown === null
          ? failed
            ? t.failed
            : t.loading
          : shown.length === 0
            ? t.noMatch
            : filtered
              ? fill(t.someMatch, { shown: plural(counts.stories, shown.length, locale), total: new Intl.NumberFormat(locale).format(total) })
              : plural(counts.stories, total, locale)}
      </p>
      <ol className="index-list">
        {(shown ?? []).map((entry) => (
          <li key={entry.slug} className="index-item">
            <StoryCard entry={entry} locale={locale} counts={counts} tagsLabel={tagsLabel} readIn={readIn} />
          </li>
        ))}
      </ol>
      {filtered ? null : children}
    </>
  )
}
