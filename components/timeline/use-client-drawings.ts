import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { eventHrefs, type ViewerModel } from '@/lib/interaction/model'
import { tabStop } from '@/lib/interaction/selection'
import type { TimelineLayout } from '@/lib/layout/layout-types'
import type { MarkState } from './TimelineSvg'
import { drawingSvg, type MountDrawing, type Orientation, type useZoom } from './use-zoom'
import type { ClientDrawing } from './drawing-root'

/** A layout's marks as the selection rules read them. */
const refsOf = (layout: TimelineLayout) => [...layout.events.map((e) => ({ id: e.id, order: e.order, count: 1 })), ...layout.clusters.map((c) => ({ id: c.id, order: c.order, count: c.eventIds.length }))]

type DrawingState = Omit<MarkState, 'tabStopId'> & { selectedOrder: number; quoteText: Record<string, string>; tagSlotOf: Record<string, number> }

/** True from the first time a drawing leaves its rest (zoom 1) with its zoom loaded: from then on the browser draws it. */
function useHandedOver(loaded: boolean, atRest: boolean): boolean {
  const [handedOver, setHandedOver] = useState(false)
  if (loaded && !handedOver && !atRest) setHandedOver(true)
  return handedOver
}

/**
 * Each drawing drawn by the browser from its first zoom on: laid out for its zoom and rendered into
 * the server's <svg> (drawing-root.tsx), with the same state the static drawings are painted with.
 * Before that the server's drawing stands and this does nothing. `onCommit(orientation)` runs after
 * each drawing is in the page.
 */
export function useClientDrawings(root: RefObject<HTMLElement | null>, zoom: ReturnType<typeof useZoom>, model: ViewerModel, state: DrawingState, onCommit: (orientation: Orientation) => void) {
  const { view, zoomer, tallK, tall, mount } = zoom
  const wideHandedOver = useHandedOver(zoomer !== null, view.k === 1 && view.x === 0)
  const tallHandedOver = useHandedOver(tall !== null, tallK === 1)
  const wide = useMemo(() => (zoomer && wideHandedOver ? zoomer.layout(view) : undefined), [zoomer, wideHandedOver, view])
  const tallLayout = useMemo(() => (tall && tallHandedOver ? tall.layout(tallK) : undefined), [tall, tallHandedOver, tallK])
  // The wide drawing only ever grows while zooming (to the tallest it has been): a page whose height
  // changed on every zoom frame would move the article under the reader and make the browser re-walk
  // the whole page each frame. The tall one is as tall as its zoom makes it: that is the zoom.
  useClientDrawing(root, 'horizontal', wide, mount, model, state, onCommit, true)
  useClientDrawing(root, 'vertical', tallLayout, mount, model, state, onCommit, false)
  return { wide, tall: tallLayout }
}

function useClientDrawing(
  root: RefObject<HTMLElement | null>,
  orientation: Orientation,
  layout: TimelineLayout | undefined,
  mount: MountDrawing | null,
  model: ViewerModel,
  state: DrawingState,
  onCommit: (orientation: Orientation) => void,
  grows: boolean,
) {
  const drawing = useRef<ClientDrawing | null>(null)
  const tallest = useRef(0)
  const commit = useRef(onCommit)
  useLayoutEffect(() => {
    commit.current = onCommit
  })
  const stop = useMemo(() => (layout ? tabStop(refsOf(layout), state.selectedOrder) : undefined), [layout, state.selectedOrder])
  const { selectedId, currentId, dimmed, expandedQuoteId, quoteText, tagSlotOf } = state
  const hrefs = useMemo(() => eventHrefs(model), [model])
  useEffect(() => {
    const svg = drawingSvg(root.current, orientation)
    if (!layout || !svg || !mount) return
    if (!drawing.current) {
      tallest.current = svg.height.baseVal.value
      drawing.current = mount(svg, model.messages, () => commit.current(orientation))
    }
    tallest.current = grows ? Math.max(tallest.current, layout.height) : 0
    drawing.current.render({ layout, minHeight: tallest.current, title: model.title, slug: model.slug, quoteText, tagSlotOf, eventHrefs: hrefs, tabStopId: stop, selectedId, currentId, dimmed, expandedQuoteId })
  }, [root, orientation, mount, grows, model, layout, stop, selectedId, currentId, dimmed, expandedQuoteId, quoteText, tagSlotOf, hrefs])
  useEffect(() => () => drawing.current?.destroy(), [])
}
