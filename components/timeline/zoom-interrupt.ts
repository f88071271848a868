import { selection } from 'd3-selection'

/**
 * Stands in for d3-transition in the browser bundles (next.config.js and
 * scripts/build-embed.mjs alias it here). d3-zoom imports d3-transition for
 * two things only: `interrupt(node)`, which its wheel, mouse and touch handlers
 * call so that a gesture stops a running zoom animation, and
 * `selection.interrupt()`, which zoom.transform calls before it jumps. The
 * timeline never asks d3 for a transition: zoom-controller.ts animates on
 * requestAnimationFrame, one zoom.transform per frame. What d3-transition
 * would add is its own 11 KB and the 10 KB of d3-color it brings, in a zoom
 * module that must fit, with the rest of the enhancement, in 30 KB.
 */
const running = new WeakMap<Element, () => void>()

/** Stops the animation running on `node`, if any: a gesture takes over. */
export function interrupt(node: Element): void {
  running.get(node)?.()
}

/** Registers the animation running on `node`; `stop` is called if a gesture interrupts it. Returns the unregistering function. */
export function interruptible(node: Element, stop: () => void): () => void {
  running.set(node, stop)
  return () => {
    if (running.get(node) === stop) running.delete(node)
  }
}

// zoom.transform calls this before each jump; the animation making those jumps must go on.
const proto = selection.prototype as unknown as { interrupt?: () => unknown }
proto.interrupt ??= function (this: unknown) {
  return this
}
