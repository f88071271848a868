import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { eventHrefs, type ViewerModel } from '@/lib/interaction/model'
import { tabStop } from '@/lib/interaction/selection'
import type { TimelineLayout } from '@/lib/layout/layout-types'
import type { ZoomView } from '@/lib/layout/zoom'
import type { MarkState } from './TimelineSvg'
import { wideSvg } from './use-zoom'
import type { WideDrawing, ZoomController } from './zoom-module'
import type { ViewerMessages } from '@/lib/i18n/viewer-messages'

/** A layout's marks as the selection rules read them. */
const refsOf = (layout: TimelineLayout) => [...layout.events.map((e) => ({ id: e.id, order: e.order, count: 1 })), ...layout.clusters.map((c) => ({ id: c.id, order: c.order, count: c.eventIds.length }))]

/**
 * The wide drawing drawn by the browser, from the first zoom on (`handedOver`): laid out for the
 * view and rendered into the server's <svg> (wide-drawing.tsx), with the same state the static
 * drawings are painted with. Before that the server's drawing stands and this does nothing.
 * The drawing only ever grows while zooming (to the tallest it has been): a page whose height
 * changed on every zoom frame would move the article under the reader and make the browser
 * re-walk the whole page each frame.
 */
export function useWideDrawing(
  root: RefObject<HTMLElement | null>,
  zoom: { view: ZoomView; zoomer: ZoomController | null; mountWide: RefObject<((svg: SVGSVGElement, messages: ViewerMessages, onCommit: () => void) => WideDrawing) | null> },
  model: ViewerModel,
  state: Omit<MarkState, 'tabStopId'> & { selectedOrder: number; quoteText: Record<string, string>; tagSlotOf: Record<string, number> },
  onCommit: () => void,
) {
  const { view, zoomer } = zoom
  const [handedOver, setHandedOver] = useState(false)
  if (zoomer && !handedOver && (view.k !== 1 || view.x !== 0)) setHandedOver(true)
  const layout = useMemo(() => (zoomer && handedOver ? zoomer.layout(view) : undefined), [zoomer, handedOver, view])
  const drawing = useRef<WideDrawing | null>(null)
  const tallest = useRef(0)
  const commit = useRef(onCommit)
  useLayoutEffect(() => {
    commit.current = onCommit
  })
  const stop = useMemo(() => (layout ? tabStop(refsOf(layout), state.selectedOrder) : undefined), [layout, state.selectedOrder])
  const { selectedId, currentId, dimmed, expandedQuoteId, quoteText, tagSlotOf } = state
  const hrefs = useMemo(() => eventHrefs(model), [model])
  useEffect(() => {
    const svg = wideSvg(root.current)
    if (!layout || !svg || !zoom.mountWide.current) return
    if (!drawing.current) {
      tallest.current = svg.height.baseVal.value
      drawing.current = zoom.mountWide.current(svg, model.messages, () => commit.current())
    }
    tallest.current = Math.max(tallest.current, layout.height)
    drawing.current.render({ layout, minHeight: tallest.current, title: model.title, slug: model.slug, quoteText, tagSlotOf, eventHrefs: hrefs, tabStopId: stop, selectedId, currentId, dimmed, expandedQuoteId })
  }, [root, zoom.mountWide, model, layout, stop, selectedId, currentId, dimmed, expandedQuoteId, quoteText, tagSlotOf, hrefs])
  useEffect(() => () => drawing.current?.destroy(), [])
  return { handedOver, layout }
}
