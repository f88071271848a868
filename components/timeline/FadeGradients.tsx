import type { EventLayout } from '@/lib/layout/timeline-layout'

type EndStyle = NonNullable<EventLayout['bar']>['endStyle']

/** How strongly, and over how much of the bar, each kind of end fades. */
const FADE: Record<EndStyle, { opacity: number; share: number }> = {
  firm: { opacity: 1, share: 0 },
  fuzzy: { opacity: 0.3, share: 0.25 },
  open: { opacity: 0, share: 0.45 },
  unknown: { opacity: 0, share: 0.6 },
}

/** One horizontal gradient per combination of end styles that the timeline uses. */
export function FadeGradients({ events }: { events: readonly EventLayout[] }) {
  const combos = new Set<string>()
  for (const e of events) if (e.bar && (e.bar.startStyle !== 'firm' || e.bar.endStyle !== 'firm')) combos.add(`${e.bar.startStyle}-${e.bar.endStyle}`)
  return (
    <defs>
      {[...combos].sort().map((key) => {
        const [start, end] = key.split('-') as [EndStyle, EndStyle]
        const s = FADE[start]
        const e = FADE[end]
        return (
          <linearGradient key={key} id={`tl-fade-${key}`} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" className="tl-stop" stopOpacity={s.opacity} />
            <stop offset={s.share} className="tl-stop" stopOpacity={1} />
            <stop offset={1 - e.share} className="tl-stop" stopOpacity={1} />
            <stop offset="1" className="tl-stop" stopOpacity={e.opacity} />
          </linearGradient>
        )
      })}
    </defs>
  )
}
