import type { TimelineLayout } from '@/lib/layout/layout-types'
import { round } from '@/lib/layout/svg-numbers'

const HEIGHT = 24

/**
 * The timeline in one line, pinned to the top of wide screens once the full
 * drawing has scrolled away: the axis, a dot per event (a pill per cluster) at
 * the same places as in the whole-story drawing, and the event the reader is
 * in, marked and named (components/timeline/paint.ts marks it, the viewer names
 * it). It repeats what the timeline and the article headings already give, so
 * it is for the eye and the pointer only.
 */
export function TimelineStrip({ layout, eventHrefs = {} }: { layout: TimelineLayout; eventHrefs?: Record<string, string> }) {
  const y = HEIGHT / 2
  return (
    <div className="tl-strip" data-shown="false" aria-hidden="true">
      <div className="tl-strip-inner">
        <p className="tl-strip-current" />
        <svg className="tl-strip-svg" viewBox={`0 0 ${layout.width} ${HEIGHT}`}>
          {layout.axis.lines.map((l, i) => (
            <line key={i} x1={round(l.x1)} x2={round(l.x2)} y1={y} y2={y} className="tl-strip-axis" />
          ))}
          {layout.clusters.map((c) => (
            <a key={c.id} href={eventHrefs[c.eventIds[0]!] ?? `#${c.eventIds[0]}`} tabIndex={-1}>
              <rect x={round(c.x0 - 4)} y={y - 4} width={round(Math.max(c.x1 - c.x0 + 8, 8))} height={8} rx={4} className="tl-strip-cluster" />
            </a>
          ))}
          {layout.events.map((e) => (
            <a key={e.id} href={eventHrefs[e.id] ?? `#${e.id}`} tabIndex={-1} className="tl-strip-mark" data-strip-event={e.id}>
              <title>{`${e.dateText}: ${e.title}`}</title>
              <circle cx={round(e.x)} cy={y} r={4} />
            </a>
          ))}
        </svg>
      </div>
    </div>
  )
}
