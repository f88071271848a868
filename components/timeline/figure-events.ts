/**
 * The events a timeline figure on this page draws, by its slug, in time order: what the Embed
 * dialog offers as the widget's start. The viewer's model holds them already, so the page's data
 * need not carry every id and title a second time for a dialog few readers open.
 */
const figures = new Map<string, readonly { id: string; title: string }[]>()

/** Called by the viewer when it has its model; returns the undo. */
export function shareFigureEvents(slug: string, events: readonly { id: string; title: string }[]): () => void {
  figures.set(slug, events)
  return () => {
    if (figures.get(slug) === events) figures.delete(slug)
  }
}

/** The events of the figure of this slug on the page, or none. */
export const figureEvents = (slug: string): { id: string; title: string }[] => (figures.get(slug) ?? []).map(({ id, title }) => ({ id, title }))
