import { mirrorAxis } from './axis-drawing'
import type { Box, ClusterLayout, EventLayout, Point, TimelineLayout } from './layout-types'
import type { ZoomView } from './zoom'

/**
 * A drawing reflected across its vertical middle, so that time runs from right to left: the
 * earliest event stands rightmost in a horizontal drawing, and a vertical drawing keeps its axis
 * on the right with its labels to the left of it. Everything is laid out left to right first and
 * then reflected whole, so lanes, clusters, breaks and callouts keep every guarantee the left-to-right
 * layout gives (no overlaps, all inside the drawing): a reflection moves no box closer to another.
 * A box that stood starting at its mark now ends at it, which is where right-to-left text starts.
 */
export function mirrorLayout(layout: TimelineLayout): TimelineLayout {
  const w = layout.width
  const x = (v: number) => w - v
  const box = <B extends Box>(b: B): B => ({ ...b, x: w - b.x - b.width })
  const line = (points: readonly Point[]): Point[] => points.map(([px, py]) => [x(px), py])
  const events = layout.events.map((e): EventLayout => {
    const mirrored: EventLayout = { ...e, x: x(e.x), label: box(e.label), leader: line(e.leader) }
    if (e.point) mirrored.point = { ...e.point, cx: x(e.point.cx) }
    // Time runs along a horizontal bar the way the drawing runs: its start is now its right end.
    if (e.bar) mirrored.bar = e.bar.direction === 'horizontal' ? { ...box(e.bar), reversed: true } : box(e.bar)
    return mirrored
  })
  // A vertical drawing's clusters stretch down its axis, which a reflection across its middle leaves as it was.
  const alongX = layout.orientation === 'horizontal'
  const clusters = layout.clusters.map(
    (c): ClusterLayout => ({
      ...c,
      x: x(c.x),
      ...(alongX ? { x0: x(c.x1), x1: x(c.x0), zoomTo: { x0: x(c.zoomTo.x1), x1: x(c.zoomTo.x0) } } : {}),
      pill: box(c.pill),
      label: box(c.label),
      leader: line(c.leader),
    }),
  )
  const callouts = layout.callouts.map((c) => ({ ...c, box: box(c.box), connector: line(c.connector) }))
  return {
    ...layout,
    direction: 'rtl',
    // A segment's x0 is still where its start is drawn, so it now lies right of its x1.
    segments: layout.segments.map((s) => ({ ...s, x0: x(s.x0), x1: x(s.x1) })),
    breaks: layout.breaks.map((b) => ({ ...b, x0: x(b.x0), x1: x(b.x1) })),
    axis: mirrorAxis(layout.axis, w),
    events,
    clusters,
    callouts,
  }
}

/**
 * The same zoom seen in the reflected drawing. d3-zoom works on the drawing as shown (a position p
 * becomes p·k + x), so a right-to-left drawing's view is turned into the view of its left-to-right
 * original before layout: reflecting w − (p·k + x) = (w − p)·k + x′ gives x′ = w·(1 − k) − x. It is
 * its own inverse. Zoom limits (lib/layout/zoom.ts clampView) are symmetric, so a view within them
 * reflects to one within them.
 */
export function mirrorView(view: ZoomView, width: number): ZoomView {
  return { k: view.k, x: width * (1 - view.k) - view.x }
}
