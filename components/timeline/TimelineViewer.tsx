'use client'

import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react'
import type { EventDetail } from '@/lib/content/event-details'
import type { TimelineLayout } from '@/lib/layout/layout-types'
import { EventDetailPanel } from './EventDetailPanel'
import { TimelineSvg } from './TimelineSvg'

export interface TimelineViewerProps {
  slug: string
  title: string
  horizontal: TimelineLayout
  vertical: TimelineLayout
  details: EventDetail[]
  quoteText: Record<string, string>
  /** The timeline's tags with their palette slots, most used first. */
  tags: { tag: string; slot: number }[]
  /** Tags whose events start filtered out (the embed's `tags` option); the reader can show them again. */
  initialHiddenTags?: readonly string[]
  /** Where "Read it in the story" goes when the story is not on this page (the embed widget); opens in a new tab. */
  storyHref?: string
}

/**
 * The timeline as a reader uses it. The server renders the same markup (this
 * component's first render has no browser state), so the SVG is complete
 * without JavaScript; once hydrated it becomes one tab stop with arrow-key
 * navigation, a detail view, a URL hash that follows the selection, and marks
 * that follow the reader's place in the article.
 */
/** Fired on window when the viewer changes the hash itself (replaceState fires no hashchange). */
export const HASH_EVENT = 'dateline:hash'

function subscribeHash(onChange: () => void) {
  window.addEventListener('hashchange', onChange)
  window.addEventListener(HASH_EVENT, onChange)
  return () => {
    window.removeEventListener('hashchange', onChange)
    window.removeEventListener(HASH_EVENT, onChange)
  }
}

const noSubscription = () => () => {}

export function TimelineViewer({ slug, title, horizontal, vertical, details, quoteText, tags, initialHiddenTags, storyHref }: TimelineViewerProps) {
  const ids = details.map((d) => d.id)
  // The URL hash is the selection: a deep link selects, and a selection is shareable.
  const hash = useSyncExternalStore(subscribeHash, () => decodeURIComponent(window.location.hash.slice(1)), () => '')
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false)
  const selectedId = ids.includes(hash) ? hash : undefined
  const [openId, setOpenId] = useState<string | undefined>()
  const [hiddenTags, setHiddenTags] = useState<ReadonlySet<string>>(() => new Set(initialHiddenTags))
  const [currentId, setCurrentId] = useState<string | undefined>()
  const root = useRef<HTMLDivElement>(null)
  // The mark to focus after the next render, and in which drawing (the one the reader is using).
  const pendingFocus = useRef<{ id: string; orientation: string } | null>(null)

  // Prose in sync: the event whose section the reader is in is marked on the timeline.
  useEffect(() => {
    const sections = ids.map((id) => document.querySelector<HTMLElement>(`[data-event-section="${CSS.escape(id)}"]`)).filter((s): s is HTMLElement => s !== null)
    if (sections.length === 0 || typeof IntersectionObserver === 'undefined') return
    const visible = new Set<string>()
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.eventSection!
          if (entry.isIntersecting) visible.add(id)
          else visible.delete(id)
        }
        const first = ids.find((id) => visible.has(id))
        if (first) setCurrentId(first)
      },
      { rootMargin: '-20% 0px -60% 0px' },
    )
    sections.forEach((s) => observer.observe(s))
    return () => observer.disconnect()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const pending = pendingFocus.current
    if (!pending || !root.current) return
    pendingFocus.current = null
    root.current.querySelector<HTMLElement>(`[data-orientation="${pending.orientation}"] [data-event-id="${CSS.escape(pending.id)}"]`)?.focus()
  })

  const select = useCallback((id: string, focusIn?: string) => {
    // replaceState, not location.hash: the hash follows the selection without jumping the page.
    try {
      window.history.replaceState(null, '', `#${id}`)
    } catch {
      // A sandboxed frame (opaque origin) may refuse replaceState; a fragment navigation is still allowed.
      window.location.hash = id
    }
    if (focusIn) pendingFocus.current = { id, orientation: focusIn }
    window.dispatchEvent(new Event(HASH_EVENT))
  }, [])

  const move = (from: string | undefined, step: number | 'first' | 'last', focusIn?: string) => {
    const index = from === undefined ? -1 : ids.indexOf(from)
    const next = step === 'first' ? 0 : step === 'last' ? ids.length - 1 : Math.min(ids.length - 1, Math.max(0, index === -1 ? 0 : index + step))
    const id = ids[next]
    if (id !== undefined) select(id, focusIn)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const mark = (event.target as Element).closest<HTMLElement>('[data-event-id]')
    if (!mark) {
      if (event.key === 'Escape' && openId) setOpenId(undefined)
      return
    }
    const id = mark.dataset.eventId!
    const orientation = mark.closest<HTMLElement>('[data-orientation]')?.dataset.orientation ?? 'horizontal'
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(id, 1, orientation),
      ArrowDown: () => move(id, 1, orientation),
      ArrowLeft: () => move(id, -1, orientation),
      ArrowUp: () => move(id, -1, orientation),
      Home: () => move(id, 'first', orientation),
      End: () => move(id, 'last', orientation),
      Enter: () => {
        select(id)
        setOpenId(id)
      },
      ' ': () => {
        select(id)
        setOpenId(id)
      },
      Escape: () => setOpenId(undefined),
    }
    const action = keys[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  // A click follows the mark's link: the article scrolls to the section and the hash (so the selection) follows.

  const slotOf = new Map(tags.map((t) => [t.tag, t.slot]))
  const tagSlotOf: Record<string, number> = {}
  for (const d of details) {
    const slot = d.tags.length ? slotOf.get(d.tags[0]!) : undefined
    if (slot !== undefined) tagSlotOf[d.id] = slot
  }
  // An event is filtered out when every one of its tags is hidden; untagged events always show.
  const dimmed = new Set(details.filter((d) => d.tags.length > 0 && d.tags.every((t) => hiddenTags.has(t))).map((d) => d.id))
  const toggleTag = (tag: string) =>
    setHiddenTags((hidden) => {
      const next = new Set(hidden)
      if (next.has(tag)) next.delete(tag)
      else next.add(tag)
      return next
    })

  const tabStopId = hydrated ? (selectedId ?? ids[0]) : undefined
  const selectedIndex = selectedId ? ids.indexOf(selectedId) : -1
  const open = details.find((d) => d.id === openId)

  return (
    <div ref={root} className="tl-viewer" data-hydrated={hydrated ? 'true' : undefined}>
      {hydrated ? (
        <div className="tl-toolbar" role="toolbar" aria-label="Timeline controls">
          <button type="button" onClick={() => move(selectedId, -1)} disabled={selectedIndex <= 0} aria-label="Previous event">
            ‹ Previous
          </button>
          <span className="tl-position" aria-hidden="true">
            {selectedIndex >= 0 ? `${selectedIndex + 1} / ${ids.length}` : `${ids.length} events`}
          </span>
          <button type="button" onClick={() => move(selectedId, selectedId ? 1 : 'first')} disabled={selectedIndex === ids.length - 1} aria-label="Next event">
            Next ›
          </button>
          <button type="button" onClick={() => selectedId && setOpenId(selectedId)} disabled={!selectedId} className="tl-open-detail">
            Details
          </button>
          <span className="tl-hint">Arrow keys move between events · Enter opens · Esc closes</span>
        </div>
      ) : null}
      <div onKeyDown={onKeyDown}>
        {[horizontal, vertical].map((layout) => (
          <TimelineSvg
            key={layout.orientation}
            layout={layout}
            title={title}
            slug={slug}
            quoteText={quoteText}
            {...(tabStopId !== undefined ? { tabStopId } : {})}
            {...(selectedId !== undefined ? { selectedId } : {})}
            {...(currentId !== undefined ? { currentId } : {})}
            tagSlotOf={tagSlotOf}
            dimmed={dimmed}
          />
        ))}
      </div>
      {tags.length ? (
        <div className="tl-tags">
          <span className="tl-tags-label" id={`tl-tags-${slug}`}>
            Tags
          </span>
          <ul aria-labelledby={`tl-tags-${slug}`}>
            {tags.map(({ tag, slot }) => (
              <li key={tag}>
                {hydrated ? (
                  <button type="button" className={`tl-tag tl-tag-${slot}`} aria-pressed={!hiddenTags.has(tag)} onClick={() => toggleTag(tag)}>
                    <span className="tl-tag-swatch" aria-hidden="true" />
                    {tag}
                  </button>
                ) : (
                  <span className={`tl-tag tl-tag-${slot}`}>
                    <span className="tl-tag-swatch" aria-hidden="true" />
                    {tag}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {hydrated ? <span className="tl-tags-hint">Press a tag to show or hide its events</span> : null}
        </div>
      ) : null}
      {open ? <EventDetailPanel detail={open} onClose={() => setOpenId(undefined)} {...(storyHref ? { storyHref } : {})} /> : null}
      <p className="sr-only" aria-live="polite">
        {open ? `Details: ${open.title}` : ''}
      </p>
    </div>
  )
}
