import type { EndStyle, EventLayout } from '@/lib/layout/layout-types'
import { fadeId } from './EventMark'

/** How strongly, and over how much of the bar, each kind of end fades. */
const FADE: Record<EndStyle, { opacity: number; share: number }> = {
  firm: { opacity: 1, share: 0 },
  fuzzy: { opacity: 0.3, share: 0.25 },
  open: { opacity: 0, share: 0.45 },
  unknown: { opacity: 0, share: 0.6 },
}

/** One gradient per combination of end styles and direction that the timeline uses. */
export function FadeGradients({ events }: { events: readonly EventLayout[] }) {
  const combos = new Map<string, { direction: 'horizontal' | 'vertical'; start: EndStyle; end: EndStyle; reversed: boolean }>()
  for (const e of events) {
    const bar = e.bar
    if (!bar || (bar.startStyle === 'firm' && bar.endStyle === 'firm')) continue
    const reversed = bar.reversed === true
    combos.set(fadeId(bar.direction, bar.startStyle, bar.endStyle, reversed), { direction: bar.direction, start: bar.startStyle, end: bar.endStyle, reversed })
  }
  return (
    <defs>
      {[...combos].sort(([a], [b]) => a.localeCompare(b)).map(([id, { direction, start, end, reversed }]) => {
        const s = FADE[start]
        const e = FADE[end]
        // From the bar's start to its end: rightwards, leftwards (time running right to left), or down.
        const axis = direction === 'vertical' ? { x1: '0', x2: '0', y1: '0', y2: '1' } : reversed ? { x1: '1', x2: '0', y1: '0', y2: '0' } : { x1: '0', x2: '1', y1: '0', y2: '0' }
        return (
          <linearGradient key={id} id={id} {...axis}>
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
