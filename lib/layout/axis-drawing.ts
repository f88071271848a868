import type { AxisDrawing } from './layout-types'
import { round } from './svg-numbers'
import { axisTicks } from './ticks'
import { BREAK_WIDTH, type TimeAxis } from './time-axis'
import type { ZoneId } from '../time/zone'

/**
 * The axis as lines, break zigzags and ticks, for either orientation. `along`
 * positions come from the time scale; `across` is where the axis line stands
 * (y for a horizontal axis, x for a vertical one).
 */
export function drawAxis(
  axis: TimeAxis,
  orientation: 'horizontal' | 'vertical',
  across: number,
  options: { locale: string; zone: ZoneId; lo: number; hi: number; avoid?: readonly number[] },
): AxisDrawing {
  const at = (along: number, off = 0): [number, number] => (orientation === 'horizontal' ? [along, across + off] : [across + off, along])
  const lines = axis.segments.map((s) => {
    const [x1, y1] = at(s.x0)
    const [x2, y2] = at(s.x1)
    return { x1, y1, x2, y2 }
  })
  const breaks = axis.breaks.map((b) => {
    // A zoomed drawing widens a break with the rest of its axis: the zigzag keeps its size, in the middle, and
    // the axis runs straight to it, so a deep zoom into a gap never draws one stroke slanting across the screen.
    const width = Math.min(b.x1 - b.x0, BREAK_WIDTH)
    const start = (b.x0 + b.x1 - width) / 2
    const step = width / 6
    const offsets = [0, -5, 5, -5, 5, -5, 0]
    const zigzag = offsets.map((o, i) => at(start + i * step, o))
    const points = width < b.x1 - b.x0 ? [at(b.x0), ...zigzag, at(b.x1)] : zigzag
    return { from: b.from, to: b.to, d: pathThrough(points) }
  })
  const spacing = orientation === 'horizontal' ? 90 : 60
  const horizontal = orientation === 'horizontal'
  // A vertical axis's labels stand left of it, right-aligned 10 px from it, with 4 px to spare at the edge.
  const ticks = axisTicks(axis.segments, (d) => axis.scale(d), { locale: options.locale, zone: options.zone, spacing, labelsAlongAxis: horizontal, lo: options.lo, hi: options.hi, across: across - 14, avoid: options.avoid ?? [] }).map((t) => {
    const [x, y] = at(t.x)
    return { t: t.t, x, y, label: t.label, major: t.major, shift: t.shift }
  })
  return { orientation, lines, breaks, ticks }
}

/**
 * The axis reflected across x = width/2, for a right-to-left drawing (lib/layout/mirror.ts): lines and
 * ticks move, and each break's zigzag is read back from the path drawAxis wrote and written reflected.
 */
export function mirrorAxis(drawing: AxisDrawing, width: number): AxisDrawing {
  const x = (v: number) => width - v
  return {
    ...drawing,
    direction: 'rtl',
    lines: drawing.lines.map((l) => ({ ...l, x1: x(l.x1), x2: x(l.x2) })),
    breaks: drawing.breaks.map((b) => ({ ...b, d: pathThrough([...b.d.matchAll(/[ML]([^,]+),([^ML]+)/g)].map((m): [number, number] => [x(Number(m[1])), Number(m[2])])) })),
    // A label moved along a horizontal axis to stay inside the drawing moves the other way once reflected.
    ticks: drawing.ticks.map((t) => ({ ...t, x: x(t.x), ...(drawing.orientation === 'horizontal' ? { shift: -t.shift } : {}) })),
    ...(drawing.zone ? { zone: { ...drawing.zone, x: x(drawing.zone.x), anchor: drawing.zone.anchor === 'start' ? ('end' as const) : ('start' as const) } } : {}),
  }
}

/** A polyline as an SVG path, to a tenth of a pixel. */
function pathThrough(points: readonly [number, number][]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)},${round(y)}`).join('')
}
