'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { keyAction } from '@/lib/interaction/keys'
import { expandedQuote, quoteIdOf, quoteMeta, QUOTE_SELECTOR, togglePin } from '@/lib/interaction/quotes'
import { clusterExit, position, stepFrom } from '@/lib/interaction/selection'
import { dimmedEvents, tagSlotsById, toggleTag } from '@/lib/interaction/tags'
import { eventIds, quoteTexts, type ViewerModel } from '@/lib/interaction/model'
import { fill } from '@/lib/i18n/plural'
import { EventDetailPanel } from './EventDetailPanel'
import { markRef } from './paint'
import { QuotePopovers } from './QuotePopover'
import { StaticDrawings } from './StaticDrawings'
import { TagFilter } from './TagFilter'
import { Toolbar } from './Toolbar'
import { useDrawingEvents } from './use-drawing-events'
import { useFocusKeeper } from './use-focus'
import { useScrolledPast, useWheelFocus } from './use-page-watch'
import { usePaint } from './use-paint'
import { useProseSync } from './use-prose-sync'
import { useHydrated, useSelectedId } from './use-selection'
import { selectEvent } from './select-event'
import { useWideDrawing } from './use-wide-drawing'
import { useZoom } from './use-zoom'
import { useLocateQuote, useRevealSelection } from './use-reveal'
import { ViewerMessagesContext } from './viewer-messages'

export { HASH_EVENT } from './select-event'

export interface TimelineViewerProps {
  model: ViewerModel
  /** There is no server markup to keep: the drawings are rendered here, once (the widget under options applied in the browser). */
  drawHere?: boolean
}

/**
 * The timeline as a reader uses it, on the story page, a tag page and in the widget. The drawings
 * are the server's markup, never hydrated (StaticDrawings): this shell hydrates only its controls,
 * and attaches behaviour to the drawings by delegation. It makes the timeline one tab stop with
 * arrow-key navigation, a detail view, a URL hash that follows the selection, and marks that
 * follow the reader's place in the article; from the first zoom on, the wide drawing is laid out
 * and drawn in the browser. The decisions are lib/interaction's; the hooks do the wiring.
 */
export function TimelineViewer({ model, drawHere = false }: TimelineViewerProps) {
  const { messages, details } = model
  const t = messages.timeline
  const root = useRef<HTMLDivElement | null>(null)
  // The same element as state, for what reads the markup while rendering (the popovers' and the strip's places).
  const [rootEl, setRootEl] = useState<HTMLDivElement | null>(null)
  const rootRef = useCallback((el: HTMLDivElement | null) => {
    root.current = el
    setRootEl(el)
  }, [])
  const hydrated = useHydrated()
  const ids = useMemo(() => eventIds(model), [model])
  const order = useMemo(() => new Map(ids.map((id, i) => [id, i])), [ids])
  const detailOf = useMemo(() => new Map(details.map((d) => [d.id, d])), [details])
  const selectedId = useSelectedId(ids)
  const selectedOrder = selectedId === undefined ? -1 : order.get(selectedId)!
  const currentId = useProseSync(ids)
  const [openId, setOpenId] = useState<string | undefined>()
  const [hiddenTags, setHiddenTags] = useState<ReadonlySet<string>>(() => new Set(model.initialHiddenTags))
  const dimmed = useMemo(() => dimmedEvents(details, hiddenTags), [details, hiddenTags])
  // A callout opens to its full quote while the pointer is on it, once tapped (until tapped again or Escape), or when its event is selected.
  const [hoverQuote, setHoverQuote] = useState<string | undefined>()
  const [pinnedQuote, setPinnedQuote] = useState<string | undefined>()
  const expandedQuoteId = hydrated ? expandedQuote({ hover: hoverQuote, pinned: pinnedQuote, selected: selectedId ? detailOf.get(selectedId) : undefined }) : undefined
  // Drawn markup changes (the widget's own drawing arrives, the wide drawing is redrawn): what reads it runs again.
  const [drawn, setDrawn] = useState(0)
  const redrawn = useCallback(() => setDrawn((n) => n + 1), [])

  const focusedWithin = useRef(false)
  const wheelAllowed = useCallback(() => focusedWithin.current, [])
  const zoom = useZoom(root, model.input, { wheelAllowed })
  const { view, zoomer, zoomWith, ensure } = zoom
  const wheelHint = useWheelFocus(root, focusedWithin)
  const stripShown = useScrolledPast(root)
  const { noteFocus, focusLater, afterDraw } = useFocusKeeper(root)
  // Selecting changes the hash; `focusIn` asks for the event's mark in that drawing to take the focus once drawn.
  const select = useCallback(
    (id: string, focusIn?: string) => {
      if (focusIn) focusLater(id, focusIn)
      selectEvent(id)
    },
    [focusLater],
  )
  const quoteText = useMemo(() => quoteTexts(model), [model])
  const tagSlotOf = useMemo(() => tagSlotsById(details, model.tags), [details, model.tags])
  const onWideDrawn = useCallback(() => {
    afterDraw()
    redrawn()
  }, [afterDraw, redrawn])
  const wide = useWideDrawing(root, zoom, model, { selectedId, selectedOrder, currentId, dimmed, expandedQuoteId, quoteText, tagSlotOf }, onWideDrawn)
  usePaint(root, { selectedId, selectedOrder, currentId, dimmed, expandedQuoteId, stripShown: hydrated && stripShown }, wide.handedOver, drawn)
  useEffect(afterDraw)
  useRevealSelection(root, { selectedId, zoomOnArrival: model.zoomOnArrival, ids, zoomer, view, ensure })
  useLocateQuote(root, model.input.quotes, { select, pin: setPinnedQuote })

  const direction = model.input.direction ?? 'ltr'
  const stepTo = (from: string | undefined, step: Parameters<typeof stepFrom>[2], focusIn?: string) => {
    const id = stepFrom(ids, from, step)
    if (id !== undefined) select(id, focusIn)
  }
  useDrawingEvents(root, {
    keydown: (event) => {
      const target = event.target as Element
      const cluster = target.closest('[data-cluster-id]')
      const mark = cluster ?? target.closest('[data-event-id]')
      const action = keyAction(event.key, { target: cluster ? 'cluster' : mark ? 'event' : 'elsewhere', direction, modified: event.ctrlKey || event.metaKey || event.altKey })
      if (!action) return
      const ref = mark ? markRef(mark) : undefined
      const orientation = mark?.closest<HTMLElement>('[data-orientation]')?.dataset.orientation ?? 'horizontal'
      if (action.kind !== 'escape') event.preventDefault()
      switch (action.kind) {
        case 'zoom':
          return zoomWith((z) => z.zoomBy(action.factor))
        case 'fit':
          return zoomWith((z) => z.fit())
        case 'escape':
          setPinnedQuote(undefined)
          if (mark) event.preventDefault()
          return setOpenId(undefined)
        case 'step':
          if (!ref) return
          return stepTo(cluster ? clusterExit(ids, ref, action.step) : ref.id, action.step, cluster ? 'horizontal' : orientation)
        case 'enter':
          if (!ref) return
          if (cluster) return select(ids[ref.order]!, 'horizontal')
          select(ref.id)
          return setOpenId(ref.id)
      }
    },
    // A click follows the mark's link: the article scrolls to the section and the hash (so the selection) follows.
    // A cluster's link is the way in without JavaScript; with it, a click zooms in on the cluster instead.
    click: (event) => {
      const target = event.target as Element
      const quote = target.closest(QUOTE_SELECTOR)
      if (quote) {
        const id = quoteIdOf((name) => quote.getAttribute(name))
        if (id) setPinnedQuote((pinned) => togglePin(pinned, id))
        return
      }
      const mark = target.closest<HTMLElement>('[data-cluster-id]')
      const cluster = mark && zoomer ? (wide.layout ?? zoomer.layout(view)).clusters.find((c) => c.id === mark.dataset.clusterId) : undefined
      if (!cluster || !zoomer) return
      event.preventDefault()
      zoomer.show(cluster.zoomTo.x0 - 20 / view.k, cluster.zoomTo.x1 + 20 / view.k)
    },
    // On a move, not on pointerover: the browser also sends pointerover when the page scrolls under a still pointer
    // ("Show on the timeline" scrolls here), and the quote that lands under it must not take over from the one asked for.
    pointermove: (event) => {
      const quote = (event.target as Element).closest(QUOTE_SELECTOR)
      setHoverQuote(quote ? quoteIdOf((name) => quote.getAttribute(name)) : undefined)
    },
    pointerleave: () => setHoverQuote(undefined),
    focusin: (event) => {
      focusedWithin.current = true
      noteFocus(event.target as Element)
    },
    focusout: (event) => {
      focusedWithin.current = event.relatedTarget !== null && root.current?.contains(event.relatedTarget as Node) === true
    },
  })

  const { index } = position(ids, selectedId)
  const open = openId ? detailOf.get(openId) : undefined
  const metas = useMemo(() => quoteMeta(model.input.quotes, details), [model.input.quotes, details])
  const expanded = expandedQuoteId ? model.input.quotes.find((q) => q.id === expandedQuoteId) : undefined
  const current = currentId ? detailOf.get(currentId) : undefined
  const stripCaption = hydrated ? rootEl?.querySelector('.tl-strip-current') : undefined

  return (
    <ViewerMessagesContext.Provider value={messages}>
      <div ref={rootRef} className="tl-viewer" data-hydrated={hydrated ? 'true' : undefined} data-zoom={zoomer ? view.k.toFixed(3) : undefined}>
        {hydrated ? (
          <Toolbar
            messages={messages}
            index={index}
            total={ids.length}
            zoom={{ k: view.k, max: zoomer?.maxZoom }}
            wheelHint={wheelHint}
            onStep={(step) => stepTo(selectedId, step)}
            onDetails={() => selectedId && setOpenId(selectedId)}
            onZoom={(factor) => zoomWith((z) => z.zoomBy(factor))}
            onFit={() => zoomWith((z) => z.fit())}
          />
        ) : null}
        <StaticDrawings model={model} drawHere={drawHere} onDrawn={redrawn} />
        {hydrated ? <QuotePopovers root={rootEl} quote={expanded} meta={expanded ? metas[expanded.id] : undefined} /> : null}
        {stripCaption && current
          ? createPortal(
              <>
                <span className="tl-strip-date">{current.dateText}</span> <bdi>{current.title}</bdi>
              </>,
              stripCaption,
            )
          : null}
        <TagFilter slug={model.slug} tags={model.tags} hidden={hiddenTags} interactive={hydrated} messages={messages} onToggle={(tag) => setHiddenTags((hidden) => toggleTag(hidden, tag))} />
        {open ? <EventDetailPanel detail={open} onClose={() => setOpenId(undefined)} {...(model.storyHref ? { storyHref: model.storyHref } : {})} /> : null}
        <p className="sr-only" aria-live="polite">
          {open ? fill(t.detailsOf, { title: open.title }) : ''}
        </p>
      </div>
    </ViewerMessagesContext.Provider>
  )
}
