import type { TimelineLayout } from '@/lib/layout/timeline-layout'

/** The time axis: one line per segment, a zigzag for each break, ticks with their labels. */
export function Axis({ layout }: { layout: TimelineLayout }) {
  const y = layout.axisY
  return (
    <g className="tl-axis" aria-hidden="true">
      {layout.segments.map((s) => (
        <line key={`s${s.start}`} x1={s.x0} x2={s.x1} y1={y} y2={y} className="tl-axis-line" />
      ))}
      {layout.breaks.map((b) => {
        const w = b.x1 - b.x0
        const step = w / 6
        const d = `M${b.x0},${y} l${step},-5 l${step},10 l${step},-10 l${step},10 l${step},-10 l${step},5`
        return (
          <g key={`b${b.from}`} className="tl-break">
            <title>{`Gap in time: the axis skips an empty stretch here`}</title>
            <path d={d} />
          </g>
        )
      })}
      {layout.ticks.map((t) => (
        <g key={`t${t.t}`} transform={`translate(${round(t.x)},${y})`} className={t.major ? 'tl-tick tl-tick-major' : 'tl-tick'}>
          <line y1={0} y2={t.major ? 7 : 5} />
          {t.label ? (
            <text y={20} textAnchor="start" dx={-2}>
              {t.label}
            </text>
          ) : null}
        </g>
      ))}
    </g>
  )
}

/** SVG numbers to one decimal: smaller HTML, and stable snapshots. */
export function round(n: number): number {
  return Math.round(n * 10) / 10
}

/** A polyline's `points` attribute. */
export function points(list: readonly (readonly [number, number])[]): string {
  return list.map(([x, y]) => `${round(x)},${round(y)}`).join(' ')
}
