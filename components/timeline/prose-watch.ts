/** The reading line: a section is "being read" while it crosses the band from 20% to 40% of the screen's height. */
const BAND = '-20% 0px -60% 0px'

/**
 * Prose in sync: calls `onCurrent` with the first event, in story order, whose
 * section crosses the reading band, each time the sections in the band change.
 * Returns the function that stops watching.
 *
 * The article comes in chunks (lib/content/chunks.ts). Only the sections of
 * chunks that touch the band are observed, so the browser's intersection work
 * on every frame (scrolling, zooming the timeline) follows what is on screen,
 * not the length of the story: a 5,000-event story has 125 chunks and a few
 * dozen sections under watch instead of 5,000. A page without chunks has its
 * sections watched directly.
 */
export function watchProse(order: readonly string[], onCurrent: (id: string) => void): () => void {
  // The widget has no article: nothing to watch.
  if (typeof IntersectionObserver === 'undefined' || !document.querySelector('[data-event-section]')) return () => {}
  const rank = new Map(order.map((id, i) => [id, i]))
  const inBand = new Set<string>()
  const report = () => {
    let first: string | undefined
    for (const id of inBand) if (first === undefined || rank.get(id)! < rank.get(first)!) first = id
    if (first !== undefined) onCurrent(first)
  }
  const sectionsOf = (scope: ParentNode) => [...scope.querySelectorAll<HTMLElement>('[data-event-section]')].filter((s) => rank.has(s.dataset.eventSection!))

  const sections = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const id = (entry.target as HTMLElement).dataset.eventSection!
        if (entry.isIntersecting) inBand.add(id)
        else inBand.delete(id)
      }
      report()
    },
    { rootMargin: BAND },
  )
  const chunks = document.querySelectorAll('.prose-chunk')
  if (chunks.length === 0) {
    for (const s of sectionsOf(document)) sections.observe(s)
    return () => sections.disconnect()
  }
  const chunkWatch = new IntersectionObserver(
    (entries) => {
      let forgot = false
      for (const entry of entries) {
        for (const s of sectionsOf(entry.target)) {
          if (entry.isIntersecting) sections.observe(s)
          else {
            // Unobserved sections report nothing more: forget them here.
            sections.unobserve(s)
            forgot = inBand.delete(s.dataset.eventSection!) || forgot
          }
        }
      }
      if (forgot) report()
    },
    { rootMargin: BAND },
  )
  chunks.forEach((c) => chunkWatch.observe(c))
  return () => {
    chunkWatch.disconnect()
    sections.disconnect()
  }
}
