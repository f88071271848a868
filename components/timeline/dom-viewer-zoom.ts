import { eventHrefs, quoteTexts, type ViewerModel } from '@/lib/interaction/model'
import { tabStop } from '@/lib/interaction/selection'
import { tagSlotsById } from '@/lib/interaction/tags'
import type { TimelineLayout } from '@/lib/layout/layout-types'
import { openingStretch, type ZoomView } from '@/lib/layout/zoom'
import type { ClientDrawing } from './drawing-root'
import type { DrawingZoom } from './drawing-zoom'
import type { HeldTouches } from './held-touches'
import type { PaintState } from './paint'
import type { TallZoom } from './tall-zoom'
import type { ZoomController } from './zoom-controller'
import { drawingSvg, shownOrientation, zoomIntent, type Orientation, type ViewerZoom, type ZoomHooks } from './viewer-zoom'

const refsOf = (layout: TimelineLayout) => [...layout.events.map((e) => ({ id: e.id, order: e.order, count: 1 })), ...layout.clusters.map((c) => ({ id: c.id, order: c.order, count: c.eventIds.length }))]

interface Loaded {
  wide: ZoomController | null
  tall: TallZoom | null
}

/** One drawing the browser draws from its first zoom on: its renderer (drawing-root.tsx), and the tallest it has been. */
interface Drawn {
  drawing: ClientDrawing
  tallest: number
  /** What it was last drawn with. */
  layout?: TimelineLayout
  paint?: PaintState
}

/**
 * The zoom of the plain-DOM viewer (dom-viewer.ts), laid out in the browser (the story page's, and a
 * static export's widget): the zoom of the drawing the screen shows loads on the
 * first sign of use (pointer, finger or focus on the timeline, a zoom key or button, a selection
 * inside a cluster), never with the page. From a drawing's first move away from zoom 1, the browser
 * draws it, with the same state the static drawings are painted with. `onChange` runs when a zoom
 * loads or its level changes; `onDrawn` after each drawing the browser draws is in the page.
 */
export function viewerZoom(root: HTMLElement, model: ViewerModel, hooks: ZoomHooks): ViewerZoom {
  let view: ZoomView = { k: 1, x: 0 }
  let tallK = 1
  const loaded: Loaded = { wide: null, tall: null }
  const loading: Partial<Record<Orientation, Promise<Loaded>>> = {}
  const touches = new Map<SVGSVGElement, HeldTouches>()
  let mount: ((svg: SVGSVGElement, onCommit: () => void) => ClientDrawing) | undefined
  const drawn: Partial<Record<Orientation, Drawn>> = {}
  let paint: PaintState | undefined
  const quoteText = quoteTexts(model)
  const tagSlotOf = tagSlotsById(model.details, model.tags)
  const hrefs = eventHrefs(model)
  const watching = zoomIntent(root, { ensure: () => void ensure(), used: () => loaded.wide !== null || loaded.tall !== null, onChange: hooks.onChange })

  /** Loads the zoom of the drawing in `orientation` (the one shown, by default); resolves to every zoom loaded so far. */
  function ensure(orientation: Orientation = shownOrientation()): Promise<Loaded> {
    loading[orientation] ??= (orientation === 'vertical' ? import('./zoom-tall') : import('./zoom-wide')).then((m) => {
      const svg = drawingSvg(root, orientation)
      const pinch = orientation === 'vertical' ? watching.takePinch() : undefined
      if (svg) touches.set(svg, m.holdTouches(svg, pinch?.live ? pinch.targets : []))
      mount = (el, onCommit) => m.mountDrawing(el, model.messages, touches.get(el) ?? m.holdTouches(el), onCommit)
      if ('createZoom' in m)
        loaded.wide = svg
          ? m.createZoom(svg, model.input, {
              wheelAllowed: hooks.wheelAllowed,
              reducedMotion: () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
              onView: (next) => {
                view = next
                draw('horizontal')
                hooks.onChange()
              },
            })
          : null
      else
        loaded.tall = svg
          ? m.createTallZoom(
              svg,
              model.input,
              (k) => {
                tallK = k
                draw('vertical')
                hooks.onChange()
              },
              pinch,
            )
          : null
      hooks.onChange()
      return loaded
    })
    return loading[orientation]
  }

  // Each drawing's layout at the zoom it was last laid out for: laid out again only when the zoom moves.
  const laidOut: Partial<Record<Orientation, { at: unknown; layout: TimelineLayout }>> = {}
  const memo = (orientation: Orientation, at: unknown, lay: () => TimelineLayout) => {
    const had = laidOut[orientation]
    if (had && had.at === at) return had.layout
    return (laidOut[orientation] = { at, layout: lay() }).layout
  }
  /** The layout the browser draws in `orientation`, once handed over to it (its zoom loaded and moved from zoom 1). */
  function layoutOf(orientation: Orientation): TimelineLayout | undefined {
    const { wide, tall } = loaded
    if (orientation === 'horizontal') return wide && (drawn.horizontal || view.k !== 1 || view.x !== 0) ? memo(orientation, view, () => wide.layout(view)) : undefined
    return tall && (drawn.vertical || tallK !== 1) ? memo(orientation, tallK, () => tall.layout(tallK)) : undefined
  }

  function draw(orientation: Orientation) {
    const layout = layoutOf(orientation)
    const svg = drawingSvg(root, orientation)
    if (!layout || !svg || !mount || !paint) return
    let d = drawn[orientation]
    // Drawn already with this layout and state: nothing to do (each drawing's commit updates the viewer, which paints again).
    if (d && d.layout === layout && d.paint === paint) return
    if (!d) d = drawn[orientation] = { drawing: mount(svg, () => hooks.onDrawn(orientation)), tallest: svg.height.baseVal.value }
    // The wide drawing only ever grows while zooming: a page whose height changed on every zoom frame would move
    // under the reader, and make the browser re-walk the whole page each frame. The tall one is as tall as its zoom makes it: that is the zoom.
    d.tallest = orientation === 'horizontal' ? Math.max(d.tallest, layout.height) : 0
    const { selectedId, currentId, dimmed, expandedQuoteId, selectedOrder } = paint
    d.layout = layout
    d.paint = paint
    d.drawing.render({ layout, minHeight: d.tallest, title: model.title, slug: model.slug, quoteText, tagSlotOf, eventHrefs: hrefs, tabStopId: tabStop(refsOf(layout), selectedOrder), selectedId, currentId, dimmed, expandedQuoteId })
  }


  return {
    ensure,
    /** Whether the browser draws the drawing in `orientation` now (the static one is then no longer painted). */
    drawsHere: (orientation: Orientation) => drawn[orientation] !== undefined,
    /** The zoom of the drawing the screen shows, for the buttons. */
    shown(): { k: number; max: number | undefined; loaded: boolean } {
      const z = shownOrientation() === 'vertical' ? loaded.tall : loaded.wide
      return { k: shownOrientation() === 'vertical' ? tallK : view.k, max: z?.maxZoom, loaded: z !== null }
    },
    /** Acts on the zoom of the drawing in `orientation`, or of the one the screen shows, loading it first if need be. */
    zoomShown(action: (z: DrawingZoom) => void, orientation?: Orientation) {
      void ensure(orientation).then((z) => {
        const zoomer = (orientation ?? shownOrientation()) === 'vertical' ? z.tall : z.wide
        if (zoomer) action(zoomer)
      })
    },
    /** A click on a cluster's mark: the wide drawing zooms in on it, the tall one opens it where it stands. False: not handled. */
    openCluster(mark: HTMLElement, orientation: Orientation, order: number, count: number): boolean {
      if (orientation === 'vertical') {
        void ensure('vertical').then((z) => z.tall?.open(order, order + count - 1))
        return true
      }
      const zoomer = loaded.wide
      const cluster = zoomer ? (layoutOf('horizontal') ?? zoomer.layout(view)).clusters.find((c) => c.id === mark.dataset.clusterId) : undefined
      if (!cluster || !zoomer) return false
      const { x0, x1 } = openingStretch(cluster.zoomTo, view.k)
      zoomer.show(x0, x1)
      return true
    },
    /** The state changed: draw again what the browser draws. */
    paint(state: PaintState) {
      // The same state as last time (the viewer updates on each drawing's commit too): the same object, so nothing is drawn.
      const same = paint && (Object.keys(state) as (keyof PaintState)[]).every((key) => Object.is(state[key], paint![key]))
      if (!same) paint = state
      draw('horizontal')
      draw('vertical')
    },
    /**
     * The selected event in view in the drawing shown: the zoom loads only when this needs it (to zoom in on
     * arrival, or to bring out an event that the drawing as it stands shows inside a cluster).
     */
    reveal(selectedId: string, zoomIn: boolean): Promise<void> | void {
      const shown = shownOrientation()
      const z = shown === 'vertical' ? loaded.tall : loaded.wide
      if (!z) {
        const standsAlone = root.querySelector(`.tl-drawings [data-orientation="${shown}"] [data-event-id="${CSS.escape(selectedId)}"]`)
        if (zoomIn || !standsAlone) return ensure(shown).then(() => undefined)
        return
      }
      if (loaded.tall && shown === 'vertical') loaded.tall.reveal(selectedId, zoomIn ? 2 : 1)
      else loaded.wide?.reveal(selectedId, view, zoomIn ? 2 : 1)
    },
    afterTallDraw: () => loaded.tall?.afterDraw(),
    destroy() {
      watching.stop()
      loaded.wide?.destroy()
      loaded.tall?.destroy()
      for (const t of touches.values()) t.destroy()
      drawn.horizontal?.drawing.destroy()
      drawn.vertical?.drawing.destroy()
    },
  }
}
