'use client'

import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent } from 'react'
import type { EventDetail } from '@/lib/content/event-details'
import { idFromHash } from '@/lib/content/slug'
import type { TimelineLayout } from '@/lib/layout/layout-types'
import type { ZoomView } from '@/lib/layout/zoom'
import { EventDetailPanel } from './EventDetailPanel'
import { watchProse } from './prose-watch'
import { TimelineStrip } from './TimelineStrip'
import { TimelineSvg } from './TimelineSvg'
import type { ZoomInput } from '@/lib/layout/drawings'
import type { ZoomController } from './zoom-controller'
import { fill, plural } from '@/lib/i18n/plural'
import type { ViewerMessages } from '@/lib/i18n/viewer-messages'
import { ViewerMessagesContext } from './viewer-messages'

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
  /** The layout's inputs, to lay the horizontal drawing out again at each zoom. */
  zoomInput: ZoomInput
  /** Whether opening the page with `#id` zooms in on that event (the story page) or only selects it where it stands (the widget). Default true. */
  zoomOnArrival?: boolean
  /** Its words, in the story's language (or the widget's `lang`). */
  messages: ViewerMessages
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

const FIT: ZoomView = { k: 1, x: 0 }

/** The mark that stands for an event in a drawing: its own, or the cluster it is in. */
function markFor(layout: TimelineLayout, id: string | undefined): string | undefined {
  if (id === undefined) return undefined
  if (layout.events.some((e) => e.id === id)) return id
  return layout.clusters.find((c) => c.eventIds.includes(id))?.id
}

function firstMark(layout: TimelineLayout): string | undefined {
  const e = layout.events[0]
  const c = layout.clusters[0]
  if (e && c) return e.order < c.order ? e.id : c.id
  return e?.id ?? c?.id
}

export function TimelineViewer({ slug, title, horizontal, vertical, details, quoteText, tags, zoomInput, initialHiddenTags, storyHref, zoomOnArrival = true, messages }: TimelineViewerProps) {
  const t = messages.timeline
  // Stable across zoom frames, which re-render this component many times a second.
  const ids = useMemo(() => details.map((d) => d.id), [details])
  // The URL hash is the selection: a deep link selects, and a selection is shareable.
  const hash = useSyncExternalStore(subscribeHash, () => idFromHash(window.location.hash) ?? '', () => '')
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false)
  const selectedId = ids.includes(hash) ? hash : undefined
  const [openId, setOpenId] = useState<string | undefined>()
  const [hiddenTags, setHiddenTags] = useState<ReadonlySet<string>>(() => new Set(initialHiddenTags))
  const [currentId, setCurrentId] = useState<string | undefined>()
  // A callout opens to its full quote while the pointer is on it, once tapped (until tapped again or
  // Escape), or when its event is selected.
  const [hoverQuote, setHoverQuote] = useState<string | undefined>()
  const [pinnedQuote, setPinnedQuote] = useState<string | undefined>()
  const root = useRef<HTMLDivElement>(null)
  // The mark to focus after the next render, and in which drawing (the one the reader is using).
  const pendingFocus = useRef<{ id: string; orientation: string } | null>(null)

  // Zoom: d3-zoom and the layout code load on first sign of use (pointer over the timeline, focus in
  // it, a zoom key or button, or a deep link that needs revealing), so reading costs none of it; until
  // then (and without JavaScript) the server's drawing at zoom 1 stands.
  const [view, setView] = useState<ZoomView>(FIT)
  const [zoomer, setZoomer] = useState<ZoomController | null>(null)
  const [wheelHint, setWheelHint] = useState(false)
  const focusedWithin = useRef(false)
  const loading = useRef<Promise<ZoomController | undefined> | null>(null)
  const zoomerRef = useRef<ZoomController | null>(null)
  const ensureZoom = useCallback((): Promise<ZoomController | undefined> => {
    loading.current ??= import('./zoom-controller').then(({ createZoom }) => {
      const svg = root.current?.querySelector<SVGSVGElement>('[data-orientation="horizontal"] svg')
      if (!svg) return undefined
      const controller = createZoom(svg, zoomInput, {
        wheelAllowed: () => focusedWithin.current,
        reducedMotion: () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
        onView: setView,
      })
      zoomerRef.current = controller
      setZoomer(controller)
      return controller
    })
    return loading.current
  }, [zoomInput])
  useEffect(() => {
    const el = root.current
    if (!el) return
    const intent = () => void ensureZoom()
    const events = ['pointerenter', 'focusin', 'touchstart'] as const
    for (const name of events) el.addEventListener(name, intent, { passive: true, once: true })
    return () => {
      for (const name of events) el.removeEventListener(name, intent)
      zoomerRef.current?.destroy()
    }
  }, [ensureZoom])
  const zoomWith = (action: (z: ZoomController) => void) => void ensureZoom().then((z) => z && action(z))
  const wide = useMemo(() => (zoomer && (view.k !== 1 || view.x !== 0) ? zoomer.layout(view) : horizontal), [zoomer, view, horizontal])
  // The wide drawing only ever grows while zooming (to the tallest it has been): a page whose height
  // changed on every zoom frame would move the article under the reader and make the browser re-walk
  // the whole page each frame.
  const [tallest, setTallest] = useState(horizontal.height)
  if (wide.height > tallest) setTallest(wide.height)

  // A wheel turned over the timeline scrolls the page, as it should; say once how to zoom instead.
  useEffect(() => {
    const scroller = root.current?.querySelector<HTMLElement>('[data-orientation="horizontal"]')
    if (!scroller) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const onWheel = (event: WheelEvent) => {
      if (focusedWithin.current || event.ctrlKey || event.metaKey) return
      setWheelHint(true)
      clearTimeout(timer)
      timer = setTimeout(() => setWheelHint(false), 2000)
    }
    // A press on the drawing counts as focus for the wheel, as focus on a mark does; a press elsewhere ends it.
    const onPress = (event: PointerEvent) => {
      focusedWithin.current = root.current?.contains(event.target as Node) === true
    }
    scroller.addEventListener('wheel', onWheel, { passive: true })
    document.addEventListener('pointerdown', onPress)
    return () => {
      scroller.removeEventListener('wheel', onWheel)
      document.removeEventListener('pointerdown', onPress)
      clearTimeout(timer)
    }
  }, [])

  // Once the timeline has scrolled away above, a one-line strip of it stays at the top of wide screens.
  const [stripShown, setStripShown] = useState(false)
  useEffect(() => {
    const figure = root.current
    if (!figure || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(([entry]) => setStripShown(entry !== undefined && !entry.isIntersecting && entry.boundingClientRect.top < 0))
    observer.observe(figure)
    return () => observer.disconnect()
  }, [])

  // Prose in sync: the event whose section the reader is in is marked on the timeline. A transition:
  // scrolling fast through a long story passes dozens of sections a second, and marking them must
  // yield to the scroll (React renders it in slices, and drops a mark already overtaken by the next).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => watchProse(ids, (id) => startTransition(() => setCurrentId(id))), [])

  // A zoom can take the focused mark out of the drawing (out of view, or into a cluster): focus then
  // moves to the drawing's tab stop, rather than falling to the page and ending keyboard use.
  const lastFocused = useRef<{ mark: HTMLElement; orientation: string } | null>(null)
  // Before paint, so no key pressed meanwhile lands on the page.
  useLayoutEffect(() => {
    const last = lastFocused.current
    if (!last || last.mark.isConnected || (document.activeElement !== document.body && document.activeElement !== null)) return
    const { orientation } = last
    root.current?.querySelector<HTMLElement>(`[data-orientation="${orientation}"] [tabindex="0"]`)?.focus({ preventScroll: true })
  })

  useEffect(() => {
    const pending = pendingFocus.current
    if (!pending || !root.current) return
    // The mark may not be drawn yet (it was in a cluster or out of view until the zoom that reveals it).
    const mark = root.current.querySelector<HTMLElement>(`[data-orientation="${pending.orientation}"] [data-event-id="${CSS.escape(pending.id)}"]`)
    if (!mark) return
    pendingFocus.current = null
    mark.focus()
  })

  // The selected event is always in view on its own: a deep link, a step with the keys or the
  // buttons pans and zooms the wide drawing as far as needed (a deep link on arrival zooms in on it).
  // Only the event named by the URL the page was opened with counts as an arrival.
  const arrival = useRef<string | undefined>(undefined)
  useEffect(() => {
    const id = idFromHash(window.location.hash)
    if (id && ids.includes(id)) arrival.current = id
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  useEffect(() => {
    if (!selectedId) return
    const zoomIn = zoomOnArrival && selectedId === arrival.current
    if (!zoomer) {
      // Zoom loads only when this selection needs it: to zoom in on arrival, or to bring out an event
      // that the drawing as it stands shows inside a cluster.
      if (zoomIn || !wide.events.some((e) => e.id === selectedId)) void ensureZoom()
      return
    }
    arrival.current = undefined
    zoomer.reveal(selectedId, view, zoomIn ? 2 : 1)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zoomer, selectedId])

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

  // "Show on the timeline" under a quote in the article: select its event, open its callout, and bring
  // the timeline into view with the mark focused. A quote of no event only opens its callout.
  useEffect(() => {
    const eventOf = new Map(zoomInput.quotes.map((q) => [q.id, q.eventId]))
    const onClick = (event: globalThis.MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.<HTMLElement>('[data-locate-quote]')
      const quoteId = link?.dataset.locateQuote
      if (!quoteId || !eventOf.has(quoteId)) return
      event.preventDefault()
      setPinnedQuote(quoteId)
      const drawing = [...(root.current?.querySelectorAll<HTMLElement>('[data-orientation]') ?? [])].find((d) => d.offsetParent !== null)
      drawing?.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' })
      const eventId = eventOf.get(quoteId)
      if (eventId) select(eventId, drawing?.dataset.orientation ?? 'horizontal')
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const move = (from: string | undefined, step: number | 'first' | 'last', focusIn?: string) => {
    const index = from === undefined ? -1 : ids.indexOf(from)
    const next = step === 'first' ? 0 : step === 'last' ? ids.length - 1 : Math.min(ids.length - 1, Math.max(0, index === -1 ? 0 : index + step))
    const id = ids[next]
    if (id !== undefined) select(id, focusIn)
  }

  const clusterById = (id: string) => wide.clusters.find((c) => c.id === id)
  const zoomKeys: Record<string, () => void> = {
    '+': () => zoomWith((z) => z.zoomBy(2)),
    '=': () => zoomWith((z) => z.zoomBy(2)),
    '-': () => zoomWith((z) => z.zoomBy(0.5)),
    _: () => zoomWith((z) => z.zoomBy(0.5)),
    '0': () => zoomWith((z) => z.fit()),
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.ctrlKey && !event.metaKey && !event.altKey && zoomKeys[event.key]) {
      event.preventDefault()
      zoomKeys[event.key]!()
      return
    }
    const clusterMark = (event.target as Element).closest<HTMLElement>('[data-cluster-id]')
    const cluster = clusterMark ? clusterById(clusterMark.dataset.clusterId!) : undefined
    if (cluster) {
      const first = cluster.eventIds[0]!
      const last = cluster.eventIds.at(-1)!
      const keys: Record<string, () => void> = {
        ArrowRight: () => move(last, 1, 'horizontal'),
        ArrowDown: () => move(last, 1, 'horizontal'),
        ArrowLeft: () => move(first, -1, 'horizontal'),
        ArrowUp: () => move(first, -1, 'horizontal'),
        Home: () => move(first, 'first', 'horizontal'),
        End: () => move(first, 'last', 'horizontal'),
        Enter: () => select(first, 'horizontal'),
        ' ': () => select(first, 'horizontal'),
      }
      const action = keys[event.key]
      if (!action) return
      event.preventDefault()
      action()
      return
    }
    if (event.key === 'Escape') setPinnedQuote(undefined)
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
  // A cluster's link is the way in without JavaScript; with it, a click zooms in on the cluster instead.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const quote = (event.target as Element).closest<Element>('[data-quote-id], [data-quote-popover]')
    if (quote) {
      const id = quote.getAttribute('data-quote-id') ?? quote.getAttribute('data-quote-popover')!
      setPinnedQuote((pinned) => (pinned === id ? undefined : id))
      return
    }
    const mark = (event.target as Element).closest<HTMLElement>('[data-cluster-id]')
    const cluster = mark ? clusterById(mark.dataset.clusterId!) : undefined
    if (!cluster || !zoomer) return
    event.preventDefault()
    zoomer.show(cluster.zoomTo.x0 - 20 / view.k, cluster.zoomTo.x1 + 20 / view.k)
  }

  // Stable between renders, so a zoom frame redraws the wide drawing only: the tall one (every event,
  // for phones) keeps its props and is skipped (TimelineSvg is memoised).
  const tagSlotOf = useMemo(() => {
    const slotOf = new Map(tags.map((t) => [t.tag, t.slot]))
    const bySlot: Record<string, number> = {}
    for (const d of details) {
      const slot = d.tags.length ? slotOf.get(d.tags[0]!) : undefined
      if (slot !== undefined) bySlot[d.id] = slot
    }
    return bySlot
  }, [details, tags])
  // An event is filtered out when every one of its tags is hidden; untagged events always show.
  const dimmed = useMemo(() => new Set(details.filter((d) => d.tags.length > 0 && d.tags.every((t) => hiddenTags.has(t))).map((d) => d.id)), [details, hiddenTags])
  const toggleTag = (tag: string) =>
    setHiddenTags((hidden) => {
      const next = new Set(hidden)
      if (next.has(tag)) next.delete(tag)
      else next.add(tag)
      return next
    })

  const tabStopIn = (layout: TimelineLayout) => (hydrated ? (markFor(layout, selectedId) ?? firstMark(layout)) : undefined)
  const selectedIndex = selectedId ? ids.indexOf(selectedId) : -1
  const open = details.find((d) => d.id === openId)
  const quoteMeta = useMemo(() => {
    const meta: Record<string, { by: string; meta?: string }> = {}
    for (const q of zoomInput.quotes) meta[q.id] = { by: q.role ? `${q.by}, ${q.role}` : q.by }
    for (const d of details)
      for (const q of d.quotes) {
        const text = [q.source, q.dateText].filter(Boolean).join(', ')
        if (text && meta[q.id]) meta[q.id]!.meta = text
      }
    return meta
  }, [zoomInput, details])
  const expandedQuoteId = hoverQuote ?? pinnedQuote ?? details.find((d) => d.id === selectedId)?.quotes[0]?.id

  return (
    <ViewerMessagesContext.Provider value={messages}>
    <div ref={root} className="tl-viewer" data-hydrated={hydrated ? 'true' : undefined} data-zoom={zoomer ? view.k.toFixed(3) : undefined}>
      {hydrated ? (
        <div className="tl-toolbar" role="toolbar" aria-label={t.controls}>
          <button type="button" onClick={() => move(selectedId, -1)} disabled={selectedIndex <= 0} aria-label={t.previousEvent}>
            ‹ {t.previous}
          </button>
          <span className="tl-position" aria-hidden="true">
            {selectedIndex >= 0 ? fill(t.position, { i: selectedIndex + 1, n: ids.length }) : plural(messages.counts.events, ids.length, messages.locale)}
          </span>
          <button type="button" onClick={() => move(selectedId, selectedId ? 1 : 'first')} disabled={selectedIndex === ids.length - 1} aria-label={t.nextEvent}>
            {t.next} ›
          </button>
          <button type="button" onClick={() => selectedId && setOpenId(selectedId)} disabled={!selectedId} className="tl-open-detail">
            {t.details}
          </button>
          <span className="tl-zoom" role="group" aria-label={t.zoom}>
            <button type="button" onClick={() => zoomWith((z) => z.zoomBy(0.5))} disabled={view.k <= 1} aria-label={t.zoomOut} title={t.zoomOutTitle}>
              −
            </button>
            <button type="button" onClick={() => zoomWith((z) => z.zoomBy(2))} disabled={zoomer !== null && view.k >= zoomer.maxZoom} aria-label={t.zoomIn} title={t.zoomInTitle}>
              +
            </button>
            <button type="button" onClick={() => zoomWith((z) => z.fit())} disabled={view.k <= 1} title={t.fitAllTitle}>
              {t.fitAll}
            </button>
          </span>
          <span className="tl-hint">
            {wheelHint ? (
              <strong>{t.wheelHint}</strong>
            ) : (
              t.hint
            )}
          </span>
        </div>
      ) : null}
      <div
        onKeyDown={onKeyDown}
        onClick={onClick}
        // On a move, not on pointerover: the browser also sends pointerover when the page scrolls under a
        // still pointer ("Show on the timeline" scrolls here), and the quote that lands under it must not
        // take over from the one the reader asked for.
        onPointerMove={(event) => {
          const quote = (event.target as Element).closest<Element>('[data-quote-id], [data-quote-popover]')
          setHoverQuote(quote ? (quote.getAttribute('data-quote-id') ?? quote.getAttribute('data-quote-popover') ?? undefined) : undefined)
        }}
        onPointerLeave={() => setHoverQuote(undefined)}
        onFocus={(event) => {
          focusedWithin.current = true
          const mark = (event.target as Element).closest<HTMLElement>('[data-event-id], [data-cluster-id]')
          const orientation = mark?.closest<HTMLElement>('[data-orientation]')?.dataset.orientation ?? 'horizontal'
          lastFocused.current = mark ? { mark, orientation } : null
        }}
        onBlur={(event) => (focusedWithin.current = root.current?.contains(event.relatedTarget as Node | null) === true && event.relatedTarget !== null)}
      >
        {[wide, vertical].map((layout) => (
          <TimelineSvg
            key={layout.orientation}
            layout={layout}
            title={title}
            slug={slug}
            quoteText={quoteText}
            {...(layout === wide ? { minHeight: tallest } : {})}
            {...(hydrated && expandedQuoteId !== undefined ? { expandedQuoteId } : {})}
            quoteMeta={quoteMeta}
            {...(tabStopIn(layout) !== undefined ? { tabStopId: tabStopIn(layout)! } : {})}
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
            {t.tags}
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
          {hydrated ? <span className="tl-tags-hint">{t.tagsHint}</span> : null}
        </div>
      ) : null}
      {hydrated ? <TimelineStrip layout={horizontal} details={details} shown={stripShown} {...(currentId !== undefined ? { currentId } : {})} /> : null}
      {open ? <EventDetailPanel detail={open} onClose={() => setOpenId(undefined)} {...(storyHref ? { storyHref } : {})} /> : null}
      <p className="sr-only" aria-live="polite">
        {open ? fill(t.detailsOf, { title: open.title }) : ''}
      </p>
    </div>
    </ViewerMessagesContext.Provider>
  )
}
