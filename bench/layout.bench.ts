/**
 * "Layout of 10,000 synthetic events in Node: at most 50 ms" (issue: The timeline
 * as a reader uses it). The budget is the median of the horizontal layout; the
 * vertical layout is measured the same way and reported beside it.
 */
import { layoutHorizontal } from '../lib/layout/timeline-layout'
import { layoutVertical } from '../lib/layout/vertical-layout'
import type { TimelineLayout } from '../lib/layout/layout-types'
import { time, type Figure } from './measure'
import { generateStory } from '../lib/test-support/synthetic-story'

const EVENTS = 10_000
const BUDGET_MS = 50

function shape(l: TimelineLayout): string {
  const lanes = l.events.reduce((m, e) => Math.max(m, e.label.lane + 1), 0)
  const calloutLanes = l.callouts.reduce((m, c) => Math.max(m, c.lane + 1), 0)
  const detail = l.orientation === 'horizontal' ? `, ${lanes} label lanes, ${calloutLanes} callout lanes` : `, ${l.events.length} labels, ${l.clusters.length} clusters`
  return `${l.orientation} ${l.width} × ${Math.round(l.height).toLocaleString('en')} px${detail}, ${l.axis.ticks.length} ticks, ${l.breaks.length} breaks`
}

export function run(): Figure[] {
  const story = generateStory({ events: EVENTS, seed: 1 })
  const { events, quotes } = story
  const h = time(() => layoutHorizontal(events, quotes), { warmup: 5, runs: 15 })
  const v = time(() => layoutVertical(events, quotes), { warmup: 5, runs: 15 })
  const ms = (label: string, value: number) => ({ label, value, unit: 'ms' })
  return [
    {
      name: `layout ${EVENTS} events (node, horizontal)`,
      stats: [ms('p50', h.p50), ms('p95', h.p95)],
      budget: { stat: 'p50', max: BUDGET_MS },
      notes: [`${events.length} events, ${quotes.length} quotes; ${shape(h.last)}`],
    },
    {
      name: `layout ${EVENTS} events (node, vertical)`,
      stats: [ms('p50', v.p50), ms('p95', v.p95)],
      budget: { stat: 'p50', max: BUDGET_MS },
      notes: [shape(v.last)],
    },
  ]
}
