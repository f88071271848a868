/** How many distinct tag colours the palette has (styles/globals.css, --tag-0 … --tag-7). */
export const TAG_COLOURS = 8

/**
 * Gives each tag of a timeline a palette slot: the most used tags first (ties
 * alphabetical), so the main threads of a story get the most distinct colours
 * and the assignment is stable while the content is. Tags beyond the palette
 * share the last slot.
 */
export function tagSlots(eventTags: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const tags of eventTags) for (const t of tags) counts.set(t, (counts.get(t) ?? 0) + 1)
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t)
  return new Map(ordered.map((t, i) => [t, Math.min(i, TAG_COLOURS - 1)]))
}
