import type { KeyStep } from '../layout/key-steps'

/**
 * A mark as the reader reaches it: an event's own (`count` 1) or a cluster standing for `count`
 * events from position `order` in time order. Read from a layout, or from the drawn markup
 * (`data-order`, `data-count`), so one rule serves the server's drawing and the zoomed one.
 */
export interface MarkRef {
  id: string
  order: number
  count: number
}

/**
 * The event a step leads to, from `from` (an event id, or none yet) through `ids` in time order:
 * one later or earlier (held at either end), or the first or last. With nothing selected, a step
 * either way starts at the first event. Undefined only for an empty story.
 */
export function stepFrom(ids: readonly string[], from: string | undefined, step: KeyStep): string | undefined {
  if (ids.length === 0) return undefined
  if (step === 'first') return ids[0]
  if (step === 'last') return ids.at(-1)
  const index = from === undefined ? -1 : ids.indexOf(from)
  return ids[index === -1 ? 0 : Math.min(ids.length - 1, Math.max(0, index + step))]
}

/** The event a step from a cluster leaves from: a step later from its last event, any other from its first. */
export function clusterExit(ids: readonly string[], cluster: MarkRef, step: KeyStep): string | undefined {
  return ids[step === 1 ? cluster.order + cluster.count - 1 : cluster.order]
}

/** The mark that stands for an event in a drawing: its own, or the cluster it is in. */
export function markFor(marks: readonly MarkRef[], order: number | undefined): MarkRef | undefined {
  if (order === undefined || order < 0) return undefined
  return marks.find((m) => order >= m.order && order < m.order + m.count)
}

/**
 * The drawing's one tab stop (roving tabindex): the mark of the selected event, else the first
 * mark in time, so Tab always lands somewhere and arrows go on from the reader's place.
 */
export function tabStop(marks: readonly MarkRef[], selectedOrder: number | undefined): string | undefined {
  const own = markFor(marks, selectedOrder)
  if (own) return own.id
  let first: MarkRef | undefined
  for (const m of marks) if (!first || m.order < first.order) first = m
  return first?.id
}

/** "3 / 12" or the count of events: where the selection stands, for the toolbar. */
export function position(ids: readonly string[], selectedId: string | undefined): { index: number; total: number } {
  return { index: selectedId === undefined ? -1 : ids.indexOf(selectedId), total: ids.length }
}
