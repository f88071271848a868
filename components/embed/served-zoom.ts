import { viewQueryParams, type ViewAnswer, type ViewFrames, type ViewQuery } from '@/lib/embed/view-query'
import type { ZoomView } from '@/lib/layout/zoom'
import type { DrawingZoom } from '../timeline/drawing-zoom'
import type { HeldTouches } from '../timeline/held-touches'
import type { TallGestures } from '../timeline/tall-gestures'
import { drawingSvg, shownOrientation, zoomIntent, type Orientation, type ZoomFactory } from '../timeline/viewer-zoom'
import type { WideZoom } from '../timeline/wide-zoom'

const SVG = 'http://www.w3.org/2000/svg'

/** Whether a mark of the wide drawing is across its visible stretch (its view holds marks past either edge). */
const within = (mark: Element, svg: SVGSVGElement) => {
  const m = mark.getBoundingClientRect()
  const box = svg.getBoundingClientRect()
  return m.right > box.left && m.left < box.right
}
/** Answers kept for views asked for again (the last frame of a zoom to a target, a zoom back): a few, the latest. */
const KEPT = 12
/** How long a view may take before the drawing says that it is on its way: a quick answer shows no sign. */
const PENDING_MS = 300

/**
 * The widget's zoom when the Node server serves it: the gestures are the story page's (d3-zoom on the
 * wide drawing, wide-zoom.ts; two fingers on the tall one, tall-gestures.ts), but each view they come
 * to is laid out by the server (`views.path`, lib/embed/served-views.ts) and arrives as markup, which
 * takes the place of the drawing's and is painted like the first markup (the viewer's paint.ts), so the
 * widget ships no layout code and no component runtime (issue 14: 35 KB with its zoom, all in).
 *
 * One view is asked for at a time per drawing, the latest the reader has come to; while it is on its
 * way the drawing in the page is stretched and moved to the view the gestures are at (a pan is exact;
 * a zoom stretches the marks until the view arrives). A view that cannot be had (offline) leaves the
 * drawing so, and the next gesture asks again.
 */
export function servedZoom(views: { path: string; frames: ViewFrames }): ZoomFactory {
  return (root, _model, hooks) => {
    const { frames } = views
    let view: ZoomView = { k: 1, x: 0 }
    let tallK = 1
    let wide: WideZoom | null = null
    let tall: TallGestures | null = null
    const loading: Partial<Record<Orientation, Promise<unknown>>> = {}
    const touches = new Map<SVGSVGElement, HeldTouches>()
    // The view whose markup each drawing holds, and the height it was drawn at.
    const drawn: Record<Orientation, { k: number; x: number; height: number }> = {
      horizontal: { k: 1, x: 0, height: drawingSvg(root, 'horizontal')?.height.baseVal.value ?? 0 },
      vertical: { k: 1, x: 0, height: drawingSvg(root, 'vertical')?.height.baseVal.value ?? 0 },
    }
    // The wide drawing only ever grows while zooming: a frame whose height changed on every view would jump under the reader.
    let tallest = drawn.horizontal.height
    const watching = zoomIntent(root, { ensure: () => void ensure(), used: () => wide !== null || tall !== null, onChange: hooks.onChange })

    function ensure(orientation: Orientation = shownOrientation()): Promise<unknown> {
      loading[orientation] ??= (orientation === 'vertical' ? import('./served-tall') : import('./served-wide')).then((m) => {
        const svg = drawingSvg(root, orientation)
        if (!svg) return
        const pinch = orientation === 'vertical' ? watching.takePinch() : undefined
        touches.set(svg, m.holdTouches(svg, pinch?.live ? pinch.targets : []))
        if ('createWideZoom' in m)
          wide = m.createWideZoom(svg, frames.horizontal, {
            wheelAllowed: hooks.wheelAllowed,
            reducedMotion: () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
            onView: (next, headed) => {
              view = next
              // A zoom by button or key asks only for where it is headed: its frames in between are the drawing stretched.
              const asked = headed ?? next
              want('horizontal', { orientation: 'horizontal', k: asked.k, x: asked.x })
              hooks.onChange()
            },
          })
        else
          tall = m.createTallGestures(
            svg,
            frames.vertical,
            (k) => {
              tallK = k
              want('vertical', { orientation: 'vertical', k, x: 0 })
              hooks.onChange()
            },
            pinch,
          )
        hooks.onChange()
      })
      return loading[orientation]
    }

    // Answers by query, the latest last.
    const answers = new Map<string, Promise<ViewAnswer>>()
    const keyOf = (query: ViewQuery) => viewQueryParams(query).join('&')
    function ask(query: ViewQuery): Promise<ViewAnswer> {
      const key = keyOf(query)
      const had = answers.get(key)
      if (had) return had
      // The frame's own query carries the widget's options: the view is of the same widget.
      const params = new URLSearchParams(location.search)
      for (const [name, value] of viewQueryParams(query)) params.set(name, value)
      const answer = awaited(
        query.orientation,
        fetch(`${views.path}?${params}`).then(async (response) => {
          if (!response.ok) throw new Error(`${views.path}: ${response.status}`)
          return (await response.json()) as ViewAnswer
        }),
      )
      answers.set(key, answer)
      answer.catch(() => answers.delete(key))
      if (answers.size > KEPT) answers.delete(answers.keys().next().value!)
      return answer
    }

    // Views on their way, per drawing. Once one has taken PENDING_MS, the drawing is marked busy (aria-busy: a reader on a
    // slow link sees a bar run along the frame's top, styles/embed.css, rather than a stretched drawing and nothing else)
    // until every view asked for it has come or failed.
    const waiting: Record<Orientation, number> = { horizontal: 0, vertical: 0 }
    const signs: Partial<Record<Orientation, ReturnType<typeof setTimeout>>> = {}
    const frameOf = (orientation: Orientation) => root.querySelector(`.tl-drawings [data-orientation="${orientation}"]`)
    function awaited<T>(orientation: Orientation, answer: Promise<T>): Promise<T> {
      waiting[orientation]++
      signs[orientation] ??= setTimeout(() => frameOf(orientation)?.setAttribute('aria-busy', 'true'), PENDING_MS)
      const settled = () => {
        if (--waiting[orientation] > 0) return
        clearTimeout(signs[orientation])
        signs[orientation] = undefined
        frameOf(orientation)?.removeAttribute('aria-busy')
      }
      answer.then(settled, settled)
      return answer
    }

    // One view on its way per drawing; the latest wanted is asked for next.
    const wanted: Partial<Record<Orientation, ViewQuery>> = {}
    const busy: Partial<Record<Orientation, boolean>> = {}
    const asked: Partial<Record<Orientation, string>> = {}
    function want(orientation: Orientation, query: ViewQuery) {
      stretch(orientation)
      // Each frame of a zoom to a target wants the same view: it is asked for once.
      if (keyOf(query) === asked[orientation] && !wanted[orientation]) return
      wanted[orientation] = query
      if (!busy[orientation]) void run(orientation)
    }
    async function run(orientation: Orientation) {
      busy[orientation] = true
      for (let query = wanted[orientation]; query; query = wanted[orientation]) {
        wanted[orientation] = undefined
        asked[orientation] = keyOf(query)
        const answer = await ask(query).catch(() => undefined)
        if (answer) draw(orientation, answer)
      }
      busy[orientation] = false
    }

    /** The drawing in the page moved and stretched from the view it holds to the view the gestures are at. */
    function stretch(orientation: Orientation) {
      const svg = drawingSvg(root, orientation)
      if (!svg) return
      const at = drawn[orientation]
      let transform: string | null = null
      if (orientation === 'horizontal') {
        const s = view.k / at.k
        const dx = view.x - at.x * s
        if (s !== 1 || dx !== 0) transform = `translate(${dx} 0) scale(${s} 1)`
      } else {
        const s = tallK / at.k
        if (s !== 1) transform = `translate(0 ${frames.vertical.axisTop * (1 - s)}) scale(1 ${s})`
        // Its height follows, so that the page scrolls as it will once the view is in (tall-gestures.ts keeps the pinch's point in place).
        size(svg, frames.vertical.width, at.height * s)
      }
      for (const child of svg.children) {
        if (child.localName !== 'g') continue
        if (transform) child.setAttribute('transform', transform)
        else child.removeAttribute('transform')
      }
      if (orientation === 'vertical') tall?.afterDraw()
    }

    function size(svg: SVGSVGElement, width: number, height: number) {
      const h = Math.ceil(height)
      svg.setAttribute('viewBox', `0 0 ${width} ${h}`)
      svg.setAttribute('height', String(h))
    }

    /** A view's markup takes the place of the drawing's (marks under a finger stay hidden until it lifts: held-touches.ts). */
    function draw(orientation: Orientation, answer: ViewAnswer) {
      const svg = drawingSvg(root, orientation)
      if (!svg) return
      const holder = document.createElementNS(SVG, 'svg')
      holder.innerHTML = answer.markup
      const old = [...svg.children]
      const retire = touches.get(svg)
      if (retire) retire.retire(old)
      else for (const node of old) node.remove()
      svg.append(...holder.childNodes)
      const height = orientation === 'horizontal' ? (tallest = Math.max(tallest, answer.height)) : answer.height
      size(svg, answer.width, height)
      svg.setAttribute('data-event-count', String(answer.events))
      drawn[orientation] = { k: answer.k, x: answer.x, height: answer.height }
      stretch(orientation)
      hooks.onDrawn(orientation)
    }

    /** Goes where the server says a query leads: the wide drawing pans and zooms there, the tall one zooms about the point it names. */
    function follow(query: ViewQuery) {
      void ask(query).then(
        (answer) => {
          if (answer.orientation === 'horizontal') {
            if (answer.k !== view.k || answer.x !== view.x) wide?.go({ k: answer.k, x: answer.x })
          } else if (answer.about !== undefined) tall?.zoomAbout(answer.k, answer.about)
        },
        () => undefined,
      )
    }

    return {
      ensure,
      // The server's views are markup like the first: the viewer paints them (paint.ts).
      drawsHere: () => false,
      shown() {
        const vertical = shownOrientation() === 'vertical'
        const z = vertical ? tall : wide
        return { k: vertical ? tallK : view.k, max: z?.maxZoom, loaded: z !== null }
      },
      zoomShown(action: (z: DrawingZoom) => void, orientation?: Orientation) {
        void ensure(orientation).then(() => {
          const z = (orientation ?? shownOrientation()) === 'vertical' ? tall : wide
          if (z) action(z)
        })
      },
      openCluster(mark, orientation) {
        const id = mark.dataset.clusterId
        if (!id) return false
        // The cluster is one of the view the drawing holds.
        const at = drawn[orientation]
        void ensure(orientation).then(() => follow({ orientation, k: at.k, x: at.x, open: id }))
        return true
      },
      paint: () => undefined,
      reveal(selectedId, zoomIn) {
        const shown = shownOrientation()
        const loaded = shown === 'vertical' ? tall : wide
        if (!loaded) {
          const standsAlone = root.querySelector(`.tl-drawings [data-orientation="${shown}"] [data-event-id="${CSS.escape(selectedId)}"]`)
          if (zoomIn || !standsAlone) return ensure(shown).then(() => undefined)
          return
        }
        // Standing alone in view in the drawing as it is: nothing to ask (the server would answer the same view).
        const at = drawn[shown]
        const here = shown === 'vertical' ? at.k === tallK : at.k === view.k && at.x === view.x
        const mark = drawingSvg(root, shown)?.querySelector(`[data-event-id="${CSS.escape(selectedId)}"]`)
        if (!zoomIn && here && mark && (shown === 'vertical' || within(mark, drawingSvg(root, shown)!))) return
        const reveal = { id: selectedId, min: zoomIn ? 2 : 1 }
        follow(shown === 'vertical' ? { orientation: shown, k: tallK, x: 0, reveal } : { orientation: shown, k: view.k, x: view.x, reveal })
      },
      afterTallDraw: () => tall?.afterDraw(),
      destroy() {
        for (const sign of Object.values(signs)) clearTimeout(sign)
        watching.stop()
        ;(wide as WideZoom | null)?.destroy()
        ;(tall as TallGestures | null)?.destroy()
        for (const t of touches.values()) t.destroy()
      },
    }
  }
}
