import { memo } from 'react'
import type { EventLayout } from '@/lib/layout/layout-types'
import { LABEL } from '@/lib/layout/box-styles'
import { quotesPhrase } from '@/lib/layout/event-facts'
import type { Direction } from '@/lib/layout/layout-types'
import { textPlacement } from '@/lib/layout/text-direction'
import { points, round } from '@/lib/layout/svg-numbers'
import { useViewerMessages } from './viewer-messages'

/** The line from an event's mark to its label; drawn in a layer beneath every label so no line crosses a label's text. */
export const EventLeader = memo(function EventLeader({ event }: { event: EventLayout }) {
  return <polyline className="tl-leader" data-leader={event.id} points={points(event.leader)} />
})

/**
 * One event: its label box and its mark on the axis (a dot for
 * a day or a moment, a bar for a month, a year or an interval). The whole group
 * is a link to the event's section in the article, so it works without JavaScript;
 * with it, `tabIndex` makes the timeline a single tab stop (roving tabindex).
 */
export const EventMark = memo(function EventMark({
  event,
  tabIndex,
  selected = false,
  current = false,
  dimmed = false,
  tagSlot,
  direction = 'ltr',
  href = `#${event.id}`,
}: {
  event: EventLayout
  /** Where it links without JavaScript: its section, here or on another page of a long story. */
  href?: string
  /** The drawing's: its labels' text starts on that side of their boxes. */
  direction?: Direction
  tabIndex?: number
  selected?: boolean
  current?: boolean
  dimmed?: boolean
  tagSlot?: number
}) {
  const { quoteCount } = event
  const m = useViewerMessages()
  const { label } = event
  const dateLines = label.dateLines ?? [{ date: event.shortDate, quotes: quoteCount > 0 }]
  const classes = [
    'tl-event',
    `tl-importance-${event.importance}`,
    event.approximate ? 'tl-approximate' : '',
    event.uncertain ? 'tl-uncertain' : '',
    selected ? 'tl-selected' : '',
    current ? 'tl-current' : '',
    dimmed ? 'tl-dimmed' : '',
    tagSlot !== undefined ? `tl-tag-${tagSlot}` : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    // eslint-disable-next-line jsx-a11y/role-supports-aria-props -- ARIA 1.3 gives every role aria-description; the plugin predates it
    <a
      href={href}
      className={classes}
      data-event-id={event.id}
      data-order={event.order}
      aria-label={event.ariaLabel}
      aria-description={event.ariaDescription}
      {...(tabIndex !== undefined ? { tabIndex } : {})}
      {...(selected ? { 'aria-current': 'true' as const } : {})}
    >
      {event.bar ? <Bar event={event} /> : null}
      {event.point ? (
        <circle className="tl-point" cx={round(event.point.cx)} cy={round(event.point.cy)} r={event.point.r} />
      ) : null}
      <g className="tl-label" transform={`translate(${round(label.x)},${round(label.y)})`} data-box="label">
        <rect width={round(label.width)} height={label.height} rx={4} />
        {dateLines.map((line, i) => (
          <text key={`date-${i}`} {...textPlacement(event.shortDate, label.width, LABEL.padX, direction)} y={LABEL.padY + LABEL.dateBaseline + LABEL.lineHeight * i} className="tl-label-date">
            {line.date}
            {line.quotes ? <tspan className="tl-label-quotes">{`${line.date ? '  ' : ''}❝ ${quotesPhrase(quoteCount, m.counts, m.locale)}`}</tspan> : null}
            {/* Lines are separate <text>s: a space ends each (not drawn) so their words do not run together when read. */}{' '}
          </text>
        ))}
        {label.titleLines.map((line, i) => (
          // Every line reads the way the whole title does, as one paragraph would.
          <text key={i} {...textPlacement(event.title, label.width, LABEL.padX, direction)} y={LABEL.padY + LABEL.titleBaseline + LABEL.lineHeight * (i + dateLines.length)} className="tl-label-title">
            {line}{' '}
          </text>
        ))}
      </g>
    </a>
  )
})

function Bar({ event }: { event: EventLayout }) {
  const bar = event.bar!
  const vertical = bar.direction === 'vertical'
  const reversed = bar.reversed === true
  // Fuzzy, open and unknown ends fade through a gradient; firm ends are solid.
  const fill = bar.startStyle === 'firm' && bar.endStyle === 'firm' ? undefined : `url(#${fadeId(bar.direction, bar.startStyle, bar.endStyle, reversed)})`
  const thickness = vertical ? bar.width : bar.height
  // Where time ends along the bar: its foot, its right end, or (right to left) its left end.
  const endX = vertical ? bar.x + bar.width / 2 : reversed ? bar.x : bar.x + bar.width
  const endY = vertical ? bar.y + bar.height : bar.y + bar.height / 2
  return (
    <g className={`tl-bar tl-bar-start-${bar.startStyle} tl-bar-end-${bar.endStyle}`}>
      <rect x={round(bar.x)} y={round(bar.y)} width={round(Math.max(bar.width, 4))} height={round(Math.max(bar.height, 4))} rx={thickness / 2} style={fill ? { fill } : undefined} />
      {bar.endStyle === 'open' ? (
        <path
          className="tl-bar-arrow"
          d={vertical ? `M${round(endX - 6)},${round(endY - 4)} l6,6 l6,-6` : reversed ? `M${round(endX + 4)},${round(endY - 6)} l-6,6 l6,6` : `M${round(endX - 4)},${round(endY - 6)} l6,6 l-6,6`}
        />
      ) : null}
    </g>
  )
}

/** The id of the gradient that draws a bar with these ends in this direction (see FadeGradients); `reversed`: time runs right to left. */
export function fadeId(direction: 'horizontal' | 'vertical', start: string, end: string, reversed = false): string {
  return `tl-fade-${direction[0]}${reversed ? 'r' : ''}-${start}-${end}`
}
