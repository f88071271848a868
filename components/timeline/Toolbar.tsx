import { fill } from '@/lib/i18n/plural'
import type { ViewerMessages } from '@/lib/i18n/viewer-messages'

/** The timeline's controls: previous and next, where the selection stands, its detail, zoom, and a hint. */
export function Toolbar({
  messages,
  index,
  total,
  count,
  zoom,
  wheelHint,
  onStep,
  onDetails,
  onZoom,
  onFit,
}: {
  messages: ViewerMessages
  /** The selected event's place in time order (-1: none). */
  index: number
  total: number
  /** `total` in words, as the model says it (ViewerModel.eventCount). */
  count: string
  zoom: { k: number; max: number | undefined }
  wheelHint: boolean
  onStep: (step: 1 | -1) => void
  onDetails: () => void
  onZoom: (factor: 2 | 0.5) => void
  onFit: () => void
}) {
  const t = messages.timeline
  return (
    <div className="tl-toolbar" role="toolbar" aria-label={t.controls}>
      <button type="button" onClick={() => onStep(-1)} disabled={index <= 0} aria-label={t.previousEvent}>
        ‹ <span className="tl-button-word">{t.previous}</span>
      </button>
      <span className="tl-position" aria-hidden="true">
        {index >= 0 ? fill(t.position, { i: index + 1, n: total }) : count}
      </span>
      <button type="button" onClick={() => onStep(1)} disabled={index === total - 1} aria-label={t.nextEvent}>
        <span className="tl-button-word">{t.next}</span> ›
      </button>
      <button type="button" onClick={onDetails} disabled={index < 0} className="tl-open-detail">
        {t.details}
      </button>
      <ZoomButtons messages={messages} zoom={zoom} onZoom={onZoom} onFit={onFit} />
      <span className="tl-hint">{wheelHint ? <strong>{t.wheelHint}</strong> : t.hint}</span>
    </div>
  )
}

/**
 * Zoom out, in, and back to the whole story. In the toolbar on a wide screen; on a phone (where the
 * toolbar has room for one row only) floating at the foot of the screen while the tall drawing is on it,
 * stacked in the column the tall drawing keeps free for them.
 */
export function ZoomButtons({ messages, zoom, onZoom, onFit, floating = false }: { messages: ViewerMessages; zoom: { k: number; max: number | undefined }; onZoom: (factor: 2 | 0.5) => void; onFit: () => void; floating?: boolean }) {
  const t = messages.timeline
  return (
    <span className={floating ? 'tl-zoom tl-zoom-float' : 'tl-zoom'} role="group" aria-label={t.zoom}>
      <button type="button" onClick={() => onZoom(0.5)} disabled={zoom.k <= 1} aria-label={t.zoomOut} title={t.zoomOutTitle}>
        −
      </button>
      <button type="button" onClick={() => onZoom(2)} disabled={zoom.max !== undefined && zoom.k >= zoom.max} aria-label={t.zoomIn} title={t.zoomInTitle}>
        +
      </button>
      {/* The floating column is a button wide: the words would not fit, in any language; they stay its name. */}
      <button type="button" onClick={onFit} disabled={zoom.k <= 1} title={t.fitAllTitle} {...(floating ? { 'aria-label': t.fitAll } : {})}>
        {floating ? (
          <svg className="tl-zoom-fit-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" />
          </svg>
        ) : (
          t.fitAll
        )}
      </button>
    </span>
  )
}
