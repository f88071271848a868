/**
 * The server's marks a finger is still on, inside one drawing's <svg>. A touch keeps its target for
 * the whole gesture: if that node left the page, the rest of the gesture (a pinch's every move)
 * would go to a node outside it and never reach the listeners on the <svg>. So when the browser's
 * drawing takes over from the server's in the middle of a gesture (a pinch's first step), the
 * server's nodes under a finger stay, emptied and hidden, until the last finger lifts.
 * Listening starts when the zoom loads, before any takeover, so a gesture already under way counts
 * (its fingers' targets are handed over: their touchstart came before).
 */
export interface HeldTouches {
  /** Removes `nodes` from the page, keeping (emptied, hidden) those under a finger until it lifts. */
  retire(nodes: readonly Element[]): void
  destroy(): void
}

/** `pressed`: what fingers already down when listening starts press on (a pinch begun before the zoom loaded). */
export function holdTouches(svg: SVGSVGElement, pressed: readonly Element[] = []): HeldTouches {
  let held: Element[] = [...pressed]
  let parked: Element[] = []
  const down = (event: TouchEvent) => {
    for (const touch of event.changedTouches) if (touch.target instanceof Element) held.push(touch.target)
  }
  const up = (event: TouchEvent) => {
    held = [...event.touches].map((t) => t.target).filter((t): t is Element => t instanceof Element)
    if (held.length > 0) return
    for (const node of parked) node.remove()
    parked = []
  }
  const options = { capture: true, passive: true }
  svg.addEventListener('touchstart', down, options)
  svg.addEventListener('touchend', up, options)
  svg.addEventListener('touchcancel', up, options)
  return {
    retire(nodes) {
      for (const node of nodes) {
        if (held.some((h) => node.contains(h))) {
          park(node, held)
          parked.push(node)
        } else node.remove()
      }
    },
    destroy() {
      svg.removeEventListener('touchstart', down, options)
      svg.removeEventListener('touchend', up, options)
      svg.removeEventListener('touchcancel', up, options)
    },
  }
}

/** Keeps only the way down to the held nodes, hidden, and without the names and data that would make it a mark the viewer reads. */
function park(node: Element, held: readonly Element[]): void {
  for (const child of [...node.children]) {
    if (held.some((h) => child.contains(h))) park(child, held)
    else child.remove()
  }
  for (const name of node.getAttributeNames()) if (name === 'id' || name === 'href' || name === 'tabindex' || name.startsWith('data-') || name.startsWith('aria-')) node.removeAttribute(name)
  node.setAttribute('aria-hidden', 'true')
  node.setAttribute('visibility', 'hidden')
}
