import type { EventBrief } from '../content/event-details'

/** A timeline's tag with its palette slot (lib/layout/tag-colors.ts). */
export interface TagSlot {
  tag: string
  slot: number
}

/** Palette slot of each event's first tag, by event id: an event takes its first tag's colour. */
export function tagSlotsById(details: readonly Pick<EventBrief, 'id' | 'tags'>[], tags: readonly TagSlot[]): Record<string, number> {
  const slotOf = new Map(tags.map((t) => [t.tag, t.slot]))
  const bySlot: Record<string, number> = {}
  for (const d of details) {
    const slot = d.tags.length ? slotOf.get(d.tags[0]!) : undefined
    if (slot !== undefined) bySlot[d.id] = slot
  }
  return bySlot
}

/** Events filtered out by tag: every one of their tags is hidden. Untagged events always show. */
export function dimmedEvents(details: readonly Pick<EventBrief, 'id' | 'tags'>[], hidden: ReadonlySet<string>): Set<string> {
  return new Set(details.filter((d) => d.tags.length > 0 && d.tags.every((t) => hidden.has(t))).map((d) => d.id))
}

/** The hidden tags after a press of one tag's button: shown if it was hidden, hidden if it was shown. */
export function toggleTag(hidden: ReadonlySet<string>, tag: string): Set<string> {
  const next = new Set(hidden)
  if (next.has(tag)) next.delete(tag)
  else next.add(tag)
  return next
}
