import { memo } from 'react'
import type { CalloutLayout } from '@/lib/layout/layout-types'
import { CALLOUT } from '@/lib/layout/box-styles'
import type { Direction } from '@/lib/layout/layout-types'
import { textPlacement } from '@/lib/layout/text-direction'
import { points, round } from '@/lib/layout/svg-numbers'

/** The connector from the axis to a callout; drawn beneath every callout box so no line crosses a quote. */
export const CalloutConnector = memo(function CalloutConnector({ callout }: { callout: CalloutLayout }) {
  const [start] = callout.connector
  return (
    <g className="tl-connector-group" data-connector={callout.id}>
      <polyline className="tl-connector" points={points(callout.connector)} />
      {start ? <circle className="tl-connector-end" cx={round(start[0])} cy={round(start[1])} r={2.5} /> : null}
    </g>
  )
})

/**
 * A quote as a newspaper-graphics callout: the words (shortened with an
 * ellipsis when long), who said them, and a connector to the event's mark.
 * The full words are in the <title> and in the article; hovering, tapping or
 * selecting its event opens them over the callout (QuotePopover).
 */
export const QuoteCallout = memo(function QuoteCallout({
  callout,
  fullText,
  dimmed = false,
  expanded = false,
  direction = 'ltr',
}: {
  callout: CalloutLayout
  fullText: string
  dimmed?: boolean
  expanded?: boolean
  /** The drawing's: the rule stands on that side of the box, where the quote starts. */
  direction?: Direction
}) {
  const { box } = callout
  // Every line reads the way the whole quote does.
  const words = textPlacement(callout.lines.join(' '), box.width, CALLOUT.padX, direction)
  const classes = ['tl-callout', dimmed ? 'tl-dimmed' : '', expanded ? 'tl-callout-expanded' : ''].filter(Boolean).join(' ')
  return (
    <g className={classes} data-quote-id={callout.id} data-event-ref={callout.eventId}>
      <title>{`“${fullText}” — ${callout.attribution}`}</title>
      <g transform={`translate(${round(box.x)},${round(box.y)})`} data-box="callout">
        <rect width={round(box.width)} height={box.height} rx={3} />
        <rect className="tl-callout-rule" {...(direction === 'rtl' ? { x: round(box.width - 3) } : {})} width={3} height={box.height} />
        {callout.lines.map((line, i) => (
          <text key={i} {...words} y={CALLOUT.padY + CALLOUT.baseline + CALLOUT.lineHeight * i} className="tl-callout-text">
            {line}
          </text>
        ))}
        {callout.original ? (
          <text
            {...textPlacement(callout.original.line, box.width, CALLOUT.padX, direction)}
            y={CALLOUT.padY + CALLOUT.baseline + CALLOUT.lineHeight * callout.lines.length}
            className="tl-callout-original"
            lang={callout.original.lang}
          >
            {callout.original.line}
          </text>
        ) : null}
        <text {...textPlacement(callout.attribution, box.width, CALLOUT.padX, direction)} y={box.height - CALLOUT.padY - 2} className="tl-callout-by">
          {callout.attribution}
        </text>
      </g>
    </g>
  )
})
