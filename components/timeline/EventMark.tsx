import type { EventLayout } from '@/lib/layout/timeline-layout'
import { LABEL } from '@/lib/layout/timeline-layout'
import { points, round } from './Axis'

/** The line from an event's mark to its label; drawn in a layer beneath every label so no line crosses a label's text. */
export function EventLeader({ event }: { event: EventLayout }) {
  return <polyline className="tl-leader" data-leader={event.id} points={points(event.leader)} />
}

/**
 * One event: its label box and its mark on the axis (a dot for
 * a day or a moment, a bar for a month, a year or an interval). The whole group
 * is a link to the event's section in the article, so it works without JavaScript.
 */
export function EventMark({ event, quoteCount }: { event: EventLayout; quoteCount: number }) {
  const { label } = event
  const classes = [
    'tl-event',
    `tl-importance-${event.importance}`,
    event.approximate ? 'tl-approximate' : '',
    event.uncertain ? 'tl-uncertain' : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <a href={`#${event.id}`} className={classes} data-event-id={event.id} data-order={event.order} aria-label={event.ariaLabel}>
      {event.bar ? <Bar event={event} /> : null}
      {event.point ? (
        <circle className="tl-point" cx={round(event.point.cx)} cy={round(event.point.cy)} r={event.point.r} />
      ) : null}
      <g className="tl-label" transform={`translate(${round(label.x)},${round(label.y)})`} data-box="label">
        <rect width={round(label.width)} height={label.height} rx={4} />
        <text x={LABEL.padX} y={LABEL.padY + 11} className="tl-label-date">
          {event.shortDate}
          {quoteCount > 0 ? <tspan className="tl-label-quotes">{`  ❝ ${quoteCount}`}</tspan> : null}
        </text>
        {label.titleLines.map((line, i) => (
          <text key={i} x={LABEL.padX} y={LABEL.padY + 14 + LABEL.lineHeight * (i + 1)} className="tl-label-title">
            {line}
          </text>
        ))}
      </g>
    </a>
  )
}

function Bar({ event }: { event: EventLayout }) {
  const bar = event.bar!
  const width = Math.max(bar.x1 - bar.x0, 4)
  // Fuzzy, open and unknown ends fade through a gradient; firm ends are solid.
  const fill = bar.startStyle === 'firm' && bar.endStyle === 'firm' ? undefined : `url(#tl-fade-${bar.startStyle}-${bar.endStyle})`
  return (
    <g className={`tl-bar tl-bar-start-${bar.startStyle} tl-bar-end-${bar.endStyle}`}>
      <rect x={round(bar.x0)} y={round(bar.y)} width={round(width)} height={bar.height} rx={bar.height / 2} style={fill ? { fill } : undefined} />
      {bar.endStyle === 'open' ? (
        <path className="tl-bar-arrow" d={`M${round(bar.x1 - 2)},${round(bar.y - 3)} l6,${bar.height / 2 + 3} l-6,${bar.height / 2 + 3}`} />
      ) : null}
    </g>
  )
}
