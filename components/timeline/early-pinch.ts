/** Two fingers on the screen as a pinch reads them: how far apart, and their middle (on the screen, and on the page). */
export interface Fingers {
  distance: number
  middle: number
  pageMiddle: number
}

/** The fingers of a two-finger touch event. */
export function fingersOf(event: TouchEvent): Fingers {
  const [a, b] = [event.touches[0]!, event.touches[1]!]
  return { distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) || 1, middle: (a.clientY + b.clientY) / 2, pageMiddle: (a.pageY + b.pageY) / 2 }
}

/** A pinch on the tall drawing that began before its zoom had loaded. */
export interface EarlyPinch {
  /** Where the fingers came down, and where they are now (or were when they lifted). */
  start: Fingers
  now: Fingers
  /** The fingers are still down: the rest of the gesture goes to the zoom once it has loaded. */
  live: boolean
  /** What the fingers press on: nodes the browser's drawing must keep until they lift (held-touches.ts). */
  targets: Element[]
}

export interface PinchRecorder {
  /** The pinch made so far, if any; recording stops. */
  take(): EarlyPinch | undefined
  stop(): void
}

/**
 * Records a pinch on the tall drawing until its zoom has loaded (it loads on the first touch, and a
 * second finger comes down a few milliseconds later, long before it arrives): the zoom then takes the
 * gesture over where it stands (tall-zoom.ts), so a reader's first pinch is never lost. Meanwhile the
 * pinch is the drawing's, not the page's: the browser does not zoom the page under it.
 */
export function recordEarlyPinch(svg: SVGSVGElement): PinchRecorder {
  let pinch: EarlyPinch | undefined
  const start = (event: TouchEvent) => {
    if (event.touches.length !== 2) return
    event.preventDefault()
    const f = fingersOf(event)
    pinch = { start: f, now: f, live: true, targets: [...event.touches].map((t) => t.target).filter((t): t is Element => t instanceof Element) }
  }
  const move = (event: TouchEvent) => {
    if (!pinch?.live || event.touches.length !== 2) return
    event.preventDefault()
    pinch.now = fingersOf(event)
  }
  const end = (event: TouchEvent) => {
    if (pinch && event.touches.length < 2) pinch.live = false
  }
  const listening = { passive: false }
  svg.addEventListener('touchstart', start, listening)
  svg.addEventListener('touchmove', move, listening)
  svg.addEventListener('touchend', end)
  svg.addEventListener('touchcancel', end)
  const stop = () => {
    svg.removeEventListener('touchstart', start)
    svg.removeEventListener('touchmove', move)
    svg.removeEventListener('touchend', end)
    svg.removeEventListener('touchcancel', end)
  }
  return {
    take() {
      stop()
      // A pinch that never spread or closed is no zoom to replay; fingers still down are the zoom's from here on.
      return pinch && (pinch.live || pinch.now.distance !== pinch.start.distance) ? pinch : undefined
    },
    stop,
  }
}
