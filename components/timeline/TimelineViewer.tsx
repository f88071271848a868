'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { quoteMeta } from '@/lib/interaction/quotes'
import { position, stepFrom } from '@/lib/interaction/selection'
import { dimmedEvents, tagSlotsById, toggleTag } from '@/lib/interaction/tags'
import { eventIds, quoteTexts, type ViewerModel } from '@/lib/interaction/model'
import { fill } from '@/lib/i18n/plural'
import { EventDetailPanel } from './EventDetailPanel'
import { QuotePopovers } from './QuotePopover'
import { StaticDrawings } from './StaticDrawings'
import { TagFilter } from './TagFilter'
import { Toolbar, ZoomButtons } from './Toolbar'
import { useDrawingInput } from './use-drawing-input'
import { useEventDetail } from './use-event-detail'
import { usePagedArrival } from './use-paged-arrival'
import { useFocusKeeper } from './use-focus'
import { useScrolledPast, useWheelFocus } from './use-page-watch'
import { usePaint } from './use-paint'
import { useProseSync } from './use-prose-sync'
import { useQuoteExpansion } from './use-quote-expansion'
import { useHydrated, useSelectedId } from './use-selection'
import { selectEvent } from './select-event'
import { useClientDrawings } from './use-client-drawings'
import { useShownOrientation, useZoom, type Orientation } from './use-zoom'
import { useLocateQuote, useRevealSelection } from './use-reveal'
import { ViewerMessagesContext } from './viewer-messages'

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
  const { expandedId: expandedQuoteId, setHover, setPinned } = useQuoteExpansion(hydrated, selectedId ? detailOf.get(selectedId) : undefined)
  // Drawn markup changes (the widget's own drawing arrives, the wide drawing is redrawn): what reads it runs again.
  const [drawn, setDrawn] = useState(0)
  const redrawn = useCallback(() => setDrawn((n) => n + 1), [])

  const focusedWithin = useRef(false)
  const wheelAllowed = useCallback(() => focusedWithin.current, [])
  const zoom = useZoom(root, model.input, { wheelAllowed })
  const { view, tallK, zoomer, tall, zoomShown, ensure } = zoom
  const shown = useShownOrientation()
  const shownZoom = shown === 'vertical' ? { k: tallK, max: tall?.maxZoom, loaded: tall !== null } : { k: view.k, max: zoomer?.maxZoom, loaded: zoomer !== null }
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
  const onDrawn = useCallback(
    (orientation: Orientation) => {
      // The tall drawing's zoom keeps its place on the screen first; then the focus goes where it is wanted.
      if (orientation === 'vertical') tall?.afterDraw()
      afterDraw()
      redrawn()
    },
    [tall, afterDraw, redrawn],
  )
  const clientDrawn = useClientDrawings(root, zoom, model, { selectedId, selectedOrder, currentId, dimmed, expandedQuoteId, quoteText, tagSlotOf }, onDrawn)
  usePaint(root, { selectedId, selectedOrder, currentId, dimmed, expandedQuoteId, stripShown: hydrated && stripShown }, { horizontal: clientDrawn.wide !== undefined, vertical: clientDrawn.tall !== undefined }, drawn)
  useEffect(afterDraw)
  useRevealSelection(root, { selectedId, zoomOnArrival: model.zoomOnArrival, ids, zoomer, tall, shown, view, ensure })
  useLocateQuote(root, model.input.quotes, { select, pin: setPinned })
  usePagedArrival(model)

  useDrawingInput(root, {
    ids,
    direction: model.input.direction ?? 'ltr',
    select,
    setOpenId,
    setHover,
    setPinned,
    zoomShown,
    ensure,
    zoomer,
    view,
    layouts: clientDrawn,
    focusedWithinRef: focusedWithin,
    noteFocus,
  })

  const { index } = position(ids, selectedId)
  const open = useEventDetail(model, openId ? detailOf.get(openId) : undefined)
  const metas = useMemo(() => quoteMeta(model.input.quotes, details), [model.input.quotes, details])
  const expanded = expandedQuoteId ? model.input.quotes.find((q) => q.id === expandedQuoteId) : undefined
  const current = currentId ? detailOf.get(currentId) : undefined
  const stripCaption = hydrated ? rootEl?.querySelector('.tl-strip-current') : undefined

  return (
    <ViewerMessagesContext.Provider value={messages}>
      <div ref={rootRef} className="tl-viewer" data-hydrated={hydrated ? 'true' : undefined} data-zoom={shownZoom.loaded ? shownZoom.k.toFixed(3) : undefined}>
        {hydrated ? (
          <Toolbar
            messages={messages}
            index={index}
            total={ids.length}
            count={model.eventCount}
            zoom={{ k: shownZoom.k, max: shownZoom.max }}
            wheelHint={wheelHint}
            onStep={(step) => {
              const id = stepFrom(ids, selectedId, step)
              if (id !== undefined) select(id)
            }}
            onDetails={() => selectedId && setOpenId(selectedId)}
            onZoom={(factor) => zoomShown((z) => z.zoomBy(factor))}
            onFit={() => zoomShown((z) => z.fit())}
          />
        ) : null}
        <StaticDrawings model={model} drawHere={drawHere} onDrawn={redrawn} />
        {hydrated ? <ZoomButtons floating messages={messages} zoom={{ k: shownZoom.k, max: shownZoom.max }} onZoom={(factor) => zoomShown((z) => z.zoomBy(factor))} onFit={() => zoomShown((z) => z.fit())} /> : null}
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
