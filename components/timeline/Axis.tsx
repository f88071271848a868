import { memo } from 'react'
import type { AxisDrawing } from '@/lib/layout/layout-types'
import { round } from '@/lib/layout/svg-numbers'
import { useViewerMessages } from './viewer-messages'

/** The time axis: its line (one per segment), a zigzag at each break, ticks with their labels. */
export const Axis = memo(function Axis({ axis }: { axis: AxisDrawing }) {
  const horizontal = axis.orientation === 'horizontal'
  // Right to left, a tick's label reads from the tick leftwards (horizontal), or stands right of the axis (vertical).
  const side = axis.direction === 'rtl' ? -1 : 1
  const gap = useViewerMessages().timeline.gapTitle
  return (
    <g className={`tl-axis tl-axis-${axis.orientation}`} aria-hidden="true">
      {axis.lines.map((l, i) => (
        <line key={i} x1={round(l.x1)} y1={round(l.y1)} x2={round(l.x2)} y2={round(l.y2)} className="tl-axis-line" />
      ))}
      {axis.breaks.map((b) => (
        <g key={`b${b.from}`} className="tl-break">
          <title>{gap}</title>
          <path d={b.d} />
        </g>
      ))}
      {axis.ticks.map((t) => {
        const len = t.major ? 7 : 5
        return (
          <g key={`t${t.t}`} transform={`translate(${round(t.x)},${round(t.y)})`} className={t.major ? 'tl-tick tl-tick-major' : 'tl-tick'}>
            {horizontal ? <line y1={0} y2={len} /> : <line x1={-len * side} x2={0} />}
            {t.label ? (
              horizontal ? (
                <text y={20} dx={-2 * side + t.shift}>
                  {t.label}
                </text>
              ) : (
                <text x={-10 * side} y={t.shift} dy="0.35em" textAnchor="end">
                  {t.label}
                </text>
              )
            ) : null}
          </g>
        )
      })}
      {axis.zone ? (
        <text className="tl-zone" x={round(axis.zone.x)} y={round(axis.zone.y)} textAnchor={axis.zone.anchor}>
          {axis.zone.text}
        </text>
      ) : null}
    </g>
  )
})
