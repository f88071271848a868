import { memo } from 'react'
import type { ClusterLayout } from '@/lib/layout/layout-types'
import { LABEL } from '@/lib/layout/box-styles'
import { quotesPhrase } from '@/lib/layout/event-facts'
import type { Direction } from '@/lib/layout/layout-types'
import { textPlacement } from '@/lib/layout/text-direction'
import { points, round } from '@/lib/layout/svg-numbers'
import { useViewerMessages } from './viewer-messages'

export const ClusterLeader = memo(function ClusterLeader({ cluster }: { cluster: ClusterLayout }) {
  return <polyline className="tl-leader" points={points(cluster.leader)} />
})

/**
 * Events too close to draw apart at this zoom: a pill on the axis over their
 * stretch, and a label with how many and when. Without JavaScript it links to
 * the first of them in the article; with it, activating it zooms in on them.
 */
export const ClusterMark = memo(function ClusterMark({ cluster, tabIndex, direction = 'ltr', href = `#${cluster.eventIds[0]}` }: { cluster: ClusterLayout; tabIndex?: number; direction?: Direction; href?: string }) {
  const { label, pill } = cluster
  const quotes = cluster.quoteCount
  const m = useViewerMessages()
  const quotesText = quotes ? quotesPhrase(quotes, m.counts, m.locale) : ''
  const hint = m.timeline.clusterHint
  const dateLines = label.dateLines?.map((l) => l.date) ?? [cluster.dateLine]
  return (
    // eslint-disable-next-line jsx-a11y/role-supports-aria-props -- ARIA 1.3 gives every role aria-description; the plugin predates it
    <a
      href={href}
      className="tl-cluster"
      data-cluster-id={cluster.id}
      data-order={cluster.order}
      data-count={cluster.eventIds.length}
      aria-label={`${cluster.ariaLabel}${quotes ? `, ${quotesText}` : ''}. ${hint}`}
      aria-description={cluster.ariaDescription}
      {...(tabIndex !== undefined ? { tabIndex } : {})}
    >
      <rect className="tl-cluster-pill" x={round(pill.x)} y={round(pill.y)} width={round(pill.width)} height={round(pill.height)} rx={7} />
      <g className="tl-label" transform={`translate(${round(label.x)},${round(label.y)})`} data-box="label">
        <rect width={round(label.width)} height={label.height} rx={4} />
        {dateLines.map((line, i) => (
          <text key={i} {...textPlacement(cluster.dateLine, label.width, LABEL.padX, direction)} y={LABEL.padY + LABEL.dateBaseline + LABEL.lineHeight * i} className="tl-label-date">
            {line}{' '}
          </text>
        ))}
        <text {...textPlacement(label.titleLines[0] ?? '', label.width, LABEL.padX, direction)} y={LABEL.padY + LABEL.titleBaseline + LABEL.lineHeight * dateLines.length} className="tl-label-title">
          {label.titleLines[0]}
          {quotes ? (
            <tspan className="tl-label-quotes">{`  ❝ ${quotesText}`}</tspan>
          ) : null}{' '}
        </text>
        <text {...textPlacement(hint, label.width, LABEL.padX, direction)} y={LABEL.padY + LABEL.titleBaseline + LABEL.lineHeight * (dateLines.length + 1)} className="tl-cluster-hint">
          {hint}
        </text>
      </g>
    </a>
  )
})
