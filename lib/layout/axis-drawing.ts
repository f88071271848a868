import type { AxisDrawing } from './layout-types'
import { axisTicks } from './ticks'
import type { TimeAxis } from './time-axis'
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
    const step = (b.x1 - b.x0) / 6
    const offsets = [0, -5, 5, -5, 5, -5, 0]
    const d = offsets.map((o, i) => at(b.x0 + i * step, o)).map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)},${round(y)}`).join('')
    return { from: b.from, to: b.to, d }
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

function round(n: number): number {
  return Math.round(n * 10) / 10
}
