import type { DrawingZoom } from './drawing-zoom'
import { fingersOf, type EarlyPinch } from './early-pinch'
import { unzoomedY, zoomedY } from '@/lib/layout/tall-stretch'

/** The tall drawing's zoom, whoever lays out its views (the browser: tall-zoom.ts; the server: components/embed/served-zoom.ts). */
export interface TallGestures extends DrawingZoom {
  /** Zooms to `k` (within the limits) about the point `y` of the unzoomed drawing, which goes to the middle of the screen. */
  zoomAbout(k: number, y: number): void
  /** The zoom now. */
  k(): number
  /** After each drawing: the point the zoom was about keeps its place on the screen. */
  afterDraw(): void
}

/** What the gestures need to know of the drawing: its width, its deepest zoom, and where its axis starts (zooming stretches it down from there). */
export interface TallFrame {
  width: number
  maxZoom: number
  axisTop: number
}

/** Where a zoom is about: a point of the unzoomed drawing, and where on the screen it is to stay. */
interface Anchor {
  y: number
  screenY: number
}

/**
 * Zoom for the tall drawing a phone shows. Its view has no pan: the page scrolls it. A zoom
 * stretches the drawing down from its axis's top and scrolls the page so that the point it was
 * about stays where it was on the screen: the middle of the screen for the buttons and keys, the
 * middle of two fingers for a pinch. One finger still scrolls the page; two pinch. The listeners
 * are on the <svg>, which stays while its contents are drawn anew. A pinch that began before this
 * loaded (`early`, early-pinch.ts) zooms as far as it has come, and goes on if its fingers are still down.
 */
export function createTallGestures(svg: SVGSVGElement, frame: TallFrame, onZoom: (k: number) => void, early?: EarlyPinch): TallGestures {
  let k = 1
  let anchor: Anchor | undefined
  const clamp = (value: number) => Math.min(frame.maxZoom, Math.max(1, value))
  // Drawing px per screen px: the <svg> is scaled to its column.
  const box = () => {
    const rect = svg.getBoundingClientRect()
    return { top: rect.top, scale: rect.width / frame.width || 1 }
  }
  const at = (screenY: number): Anchor => {
    const { top, scale } = box()
    return { y: unzoomedY(frame.axisTop, (screenY - top) / scale, k), screenY }
  }
  const inView = () => {
    const rect = svg.getBoundingClientRect()
    return rect.bottom > 0 && rect.top < window.innerHeight
  }
  // The browser's own scroll anchoring would move the page for the same change a second time.
  const anchoring = (on: boolean) => document.documentElement.style.setProperty('overflow-anchor', on ? null : 'none')
  /** Zooms to `next` about `about`, when the drawing is on the screen; off it, the browser's scroll anchoring keeps the reader's place. */
  const zoomTo = (next: number, about: Anchor) => {
    anchor = inView() ? about : undefined
    if (next === k) return
    if (anchor) anchoring(false)
    k = next
    onZoom(k)
  }
  const middle = () => window.innerHeight / 2

  // A pinch: the scale between the fingers, about their middle, one drawing per frame.
  let pinch: { distance: number; k: number; y: number } | undefined
  let raf = 0
  const start = (event: TouchEvent) => {
    if (event.touches.length !== 2) return
    event.preventDefault()
    const f = fingersOf(event)
    pinch = { distance: f.distance, k, y: at(f.middle).y }
  }
  const move = (event: TouchEvent) => {
    if (!pinch || event.touches.length !== 2) return
    event.preventDefault()
    const f = fingersOf(event)
    const next = clamp((pinch.k * f.distance) / pinch.distance)
    const about = { y: pinch.y, screenY: f.middle }
    cancelAnimationFrame(raf)
    raf = requestAnimationFrame(() => {
      if (next !== k) return zoomTo(next, about)
      // The same zoom, the fingers moved: only the page's scroll changes.
      anchor = about
      keepAnchor()
    })
  }
  const end = (event: TouchEvent) => {
    if (event.touches.length < 2) pinch = undefined
  }
  const keepAnchor = () => {
    if (!anchor) return
    const { top, scale } = box()
    const now = top + zoomedY(frame.axisTop, anchor.y, k) * scale
    if (Math.abs(now - anchor.screenY) >= 0.5) window.scrollBy(0, now - anchor.screenY)
  }
  if (early) {
    // Where the fingers came down on the page, on the screen as it now scrolls; the drawing is still at zoom 1.
    pinch = { distance: early.start.distance, k, y: at(early.start.pageMiddle - window.scrollY).y }
    const next = clamp((pinch.k * early.now.distance) / pinch.distance)
    zoomTo(next, { y: pinch.y, screenY: early.now.pageMiddle - window.scrollY })
    if (!early.live) pinch = undefined
  }
  const listening = { passive: false }
  svg.addEventListener('touchstart', start, listening)
  svg.addEventListener('touchmove', move, listening)
  svg.addEventListener('touchend', end)
  svg.addEventListener('touchcancel', end)

  return {
    maxZoom: frame.maxZoom,
    zoomBy: (factor) => zoomTo(clamp(k * factor), at(middle())),
    fit: () => zoomTo(1, at(middle())),
    zoomAbout: (next, y) => zoomTo(clamp(next), { y, screenY: middle() }),
    k: () => k,
    afterDraw: () => {
      keepAnchor()
      if (pinch) return
      anchor = undefined
      anchoring(true)
    },
    destroy: () => {
      cancelAnimationFrame(raf)
      svg.removeEventListener('touchstart', start)
      svg.removeEventListener('touchmove', move)
      svg.removeEventListener('touchend', end)
      svg.removeEventListener('touchcancel', end)
    },
  }
}
