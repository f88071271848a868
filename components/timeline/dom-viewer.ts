import type { ComponentProps } from 'react'
import type { EventDetail } from '@/lib/content/event-details'
import { storyDetailsPath } from '@/lib/content/story-pages'
import { fill } from '@/lib/i18n/plural'
import { shownDetail } from '@/lib/interaction/detail'
import { eventIds, isWholeDetail, type ViewerModel } from '@/lib/interaction/model'
import { expandedQuote, quoteMeta } from '@/lib/interaction/quotes'
import { position, stepFrom } from '@/lib/interaction/selection'
import { createStore, type Store } from '@/lib/interaction/store'
import { dimmedEvents, toggleTag } from '@/lib/interaction/tags'
import { initialViewerState, type ViewerState } from '@/lib/interaction/viewer-state'
import { controlSlot } from './control-slot'
import { detailsFile } from './details-file'
import { wireInput } from './dom-viewer-input'
import type { EventDetailView } from './EventDetailView'
import { focusKeeper } from './focus-keeper'
import { forgetMarks, paintDrawing, paintStrip, type PaintState } from './paint'
import { popoverPlaces } from './popover-places'
import type { QuotePopoverBox } from './QuotePopoverBox'
import { hashId, selectEvent, subscribeHash } from './select-event'
import type { TagFilter } from './TagFilter'
import type { Toolbar, ZoomButtons } from './Toolbar'
import { shownOrientation, type Orientation, type ZoomFactory } from './viewer-zoom'

/**
 * How the viewer's controls are drawn: each function makes the control's markup from its props,
 * which hold everything it shows (the components hold no state), and the viewer puts it in its
 * place, and draws it again when what it shows changes. The widget draws them with a render-once
 * JSX runtime (components/embed/widget-controls.tsx); a React page can return a root's container.
 */
export interface ViewerControls {
  toolbar(props: ComponentProps<typeof Toolbar>): Node
  zoomButtons(props: ComponentProps<typeof ZoomButtons>): Node
  tags(props: ComponentProps<typeof TagFilter>): Node | null
  detail(props: ComponentProps<typeof EventDetailView>): Node
  popover(props: ComponentProps<typeof QuotePopoverBox>): Node
}

export interface ViewerHandle {
  store: Store<ViewerState>
  /** Selects an event (through the URL hash), as a step or a host's message does; with `focusIn`, its mark in that drawing takes the focus once drawn. */
  select(id: string, focusIn?: Orientation): void
  destroy(): void
}

/**
 * The timeline as a reader uses it, in plain DOM: no component runtime. It starts on the server's
 * markup of a TimelineViewer not yet hydrated (its drawings and tag list), adds the controls, and
 * shows the state on the static drawings (paint.ts). Its zoom is the factory it is given: one that lays
 * out in the browser and hands a zoomed drawing to the browser's renderer (dom-viewer-zoom.ts), or the
 * widget's on the Node server, whose views come as markup painted like the first (served-zoom.ts). The state is a small store; the selection is the URL
 * hash (select-event.ts). The decisions are lib/interaction's; this does the wiring. The one
 * interaction module of the widget (components/embed/widget-start.ts) and the story page
 * (PackedTimelineViewer.tsx, which adds what only a page with an article has: story-watch.ts, which
 * sets `currentId` and `stripShown` in the store; they are painted here).
 */
export function startViewer(root: HTMLElement, model: ViewerModel, controls: ViewerControls, viewerZoom: ZoomFactory): ViewerHandle {
  const drawings = root.querySelector<HTMLElement>('.tl-drawings')
  const liveRegion = root.querySelector<HTMLElement>('[aria-live]')
  if (!drawings || !liveRegion) throw new Error(`startViewer: ${model.slug}: the viewer's markup has no drawings or live region`)
  const [box, live] = [drawings, liveRegion]
  const { messages, details } = model
  const t = messages.timeline
  const ids = eventIds(model)
  const order = new Map(ids.map((id, i) => [id, i]))
  const detailOf = new Map(details.map((d) => [d.id, d]))
  const metas = quoteMeta(model.input.quotes, details)
  const words = new Map(model.input.quotes.map((q) => [q.id, q.text]))
  const fetched = new Map<string, EventDetail>()
  const validHash = () => {
    const id = hashId()
    return id !== undefined && order.has(id) ? id : undefined
  }
  // Only the event named by the URL the page was opened with counts as an arrival (zoomed in on, where the model says so).
  let arrival = validHash()
  const store = createStore(initialViewerState(arrival, model.initialHiddenTags))
  const keeper = focusKeeper(() => root)
  const select = (id: string, focusIn?: Orientation) => {
    if (focusIn) keeper.focusLater(id, focusIn)
    selectEvent(id)
  }

  const slots = {
    toolbar: controlSlot((n) => drawings.before(n)),
    zoom: controlSlot((n) => drawings.after(n)),
    // The server drew the tags as a list (no buttons until there is a script to act on them): the buttons take its place.
    tags: controlSlot((n) => {
      const served = root.querySelector(':scope > .tl-tags')
      if (served) served.replaceWith(n)
      else live.before(n)
    }),
    detail: controlSlot((n) => live.before(n)),
  }
  let popovers: Element[] = []
  const painted = new Map<Element, PaintState>()
  const shown: Record<string, unknown> = {}
  /** Whether what a control shows changed since it was last drawn. */
  const changed = (name: string, key: unknown) => {
    if (Object.is(shown[name], key)) return false
    shown[name] = key
    return true
  }
  let dimmed: ReadonlySet<string> = new Set()
  let dimmedFor: ReadonlySet<string> | undefined
  let drawnCount = 0
  let openShown: string | undefined

  const zoom = viewerZoom(root, model, {
    // Called only once the zoom has loaded, after `input` below is wired.
    wheelAllowed: () => input.wheelAllowed(),
    onChange: () => update(),
    onDrawn: (orientation) => {
      // Markup drawn anew (a view the server laid out) is painted whole; one the browser renders, by itself.
      const drawing = box.querySelector(`[data-orientation="${orientation}"]`)
      if (drawing) {
        forgetMarks(drawing)
        painted.delete(drawing)
      }
      // The tall drawing's zoom keeps its place on the screen first; then the focus goes where it is wanted.
      if (orientation === 'vertical') zoom.afterTallDraw()
      drawnCount++
      update()
    },
  })
  const input = wireInput(root, { ids, direction: model.input.direction ?? 'ltr', store, zoom, select, noteFocus: keeper.noteFocus })
  const zoomBy = (factor: 2 | 0.5) => zoom.zoomShown((z) => z.zoomBy(factor))
  const fit = () => zoom.zoomShown((z) => z.fit())

  function update() {
    const s = store.get()
    // Which drawing the screen shows is a media query: asked before this writes to the page, so that the answer
    // need not bring the page's style up to date first (on load, that is the whole page's).
    const z = zoom.shown()
    const orientation = shownOrientation()
    const selectedOrder = s.selectedId === undefined ? -1 : (order.get(s.selectedId) ?? -1)
    if (dimmedFor !== s.hiddenTags) {
      dimmed = dimmedEvents(details, s.hiddenTags)
      dimmedFor = s.hiddenTags
    }
    const selected = s.selectedId ? detailOf.get(s.selectedId) : undefined
    const paint: PaintState = { selectedId: s.selectedId, selectedOrder, currentId: s.currentId, dimmed, expandedQuoteId: expandedQuote({ hover: s.hover, pinned: s.pinned, selected }) }
    for (const drawing of box.querySelectorAll('[data-orientation]')) {
      if (zoom.drawsHere(drawing.getAttribute('data-orientation') as Orientation)) continue
      paintDrawing(drawing, paint, painted.get(drawing))
      painted.set(drawing, paint)
    }
    zoom.paint(paint)
    // The strip (the story page's, pinned to the top once the timeline has scrolled away) is never drawn anew.
    const strip = box.querySelector(':scope > .tl-strip')
    if (strip && changed('strip', `${s.stripShown} ${s.currentId}`)) paintStrip(strip, s.stripShown, s.currentId === undefined ? undefined : detailOf.get(s.currentId))

    if (z.loaded) root.dataset.zoom = z.k.toFixed(3)
    else delete root.dataset.zoom
    const { index } = position(ids, s.selectedId)
    const zoomState = { k: z.k, max: z.max }
    if (changed('toolbar', `${index} ${z.k} ${z.max} ${s.wheelHint}`))
      slots.toolbar.show(
        controls.toolbar({
          messages,
          index,
          total: ids.length,
          count: model.eventCount,
          zoom: zoomState,
          wheelHint: s.wheelHint,
          onStep: (step) => {
            const id = stepFrom(ids, store.get().selectedId, step)
            if (id !== undefined) select(id)
          },
          onDetails: () => store.set((now) => ({ openId: now.selectedId })),
          onZoom: zoomBy,
          onFit: fit,
        }),
      )
    if (changed('zoom', `${z.k} ${z.max}`)) slots.zoom.show(controls.zoomButtons({ floating: true, messages, zoom: zoomState, onZoom: zoomBy, onFit: fit }))
    if (changed('tags', s.hiddenTags))
      slots.tags.show(controls.tags({ slug: model.slug, tags: model.tags, hidden: s.hiddenTags, interactive: true, messages, onToggle: (tag) => store.set((now) => ({ hiddenTags: toggleTag(now.hiddenTags, tag) })) }))
    showDetail(s.openId)
    showPopovers(paint.expandedQuoteId)
    revealSelection(s.selectedId, z.loaded, orientation)
    keeper.afterDraw()
  }

  function showDetail(openId: string | undefined) {
    const brief = openId ? detailOf.get(openId) : undefined
    const whole = brief ? fetched.get(brief.id) : undefined
    if (!changed('detail', `${openId} ${whole !== undefined}`)) return
    if (!brief) {
      openShown = undefined
      slots.detail.show(null)
      live.textContent = ''
      return
    }
    if (!isWholeDetail(brief) && !whole && model.pages) {
      const wanted = brief.id
      void detailsFile(storyDetailsPath(model.pages.slug, model.pages.of[order.get(wanted) ?? -1] ?? 1)).then((file) => {
        const found = file.find((d) => d.id === wanted)
        if (!found) return
        fetched.set(found.id, found)
        update()
      })
    }
    const detail = shownDetail(brief, whole, words)
    const heading: { current: HTMLHeadingElement | null } = { current: null }
    const opening = openShown !== detail.id
    openShown = detail.id
    slots.detail.show(controls.detail({ detail, messages, onClose: () => store.set({ openId: undefined }), storyHref: model.storyHref, headingRef: heading }))
    // The heading takes the focus when the view opens on an event, not when its file arrives.
    if (opening) heading.current?.focus()
    live.textContent = fill(t.detailsOf, { title: detail.title })
  }

  function showPopovers(quoteId: string | undefined) {
    if (!changed('popover', `${quoteId} ${drawnCount}`)) return
    for (const el of popovers) el.remove()
    popovers = []
    const quote = quoteId ? model.input.quotes.find((q) => q.id === quoteId) : undefined
    if (!quote) return
    for (const { canvas, place } of popoverPlaces(root, quote.id)) {
      const node = controls.popover({ quote, meta: metas[quote.id], place })
      canvas.append(node)
      if (node instanceof Element) popovers.push(node)
    }
  }

  // The selected event is always in view in the drawing shown (a deep link, a step, a host's message);
  // once more when that drawing's zoom loads.
  function revealSelection(selectedId: string | undefined, loaded: boolean, orientation: Orientation) {
    if (!selectedId || !changed('reveal', `${selectedId} ${orientation} ${loaded}`)) return
    const zoomIn = model.zoomOnArrival && selectedId === arrival
    if (loaded) arrival = undefined
    void zoom.reveal(selectedId, zoomIn)
  }

  const unhash = subscribeHash(() => store.set({ selectedId: validHash() }))
  const unsubscribe = store.subscribe(() => update())
  update()
  root.dataset.hydrated = 'true'

  return {
    store,
    select,
    destroy() {
      unsubscribe()
      unhash()
      input.stop()
      zoom.destroy()
      for (const slot of Object.values(slots)) slot.show(null)
      for (const el of popovers) el.remove()
    },
  }
}
