/**
 * The later pages of a long story, brought into the page being read (lib/content/story-pages.ts):
 * each placeholder (`[data-story-more]`, a link to its page) is replaced by that page's part, the
 * list of events or the article, taken from the page's own HTML. Same addresses as without
 * JavaScript, so a static export serves them as they are.
 */

/** Fired on window when a page's parts have come in: what watches the article looks again. */
const STORY_GROWN = 'dateline:story-grown'

const loads = new Map<number, Promise<boolean>>()

const placeholdersOf = (page: number) => [...document.querySelectorAll<HTMLElement>(`[data-story-more][data-page="${page}"]`)]

/** The page of the story a placeholder stands for. */
export const placeholderPage = (el: HTMLElement) => Number(el.dataset.page)

/**
 * Brings page `page`'s parts in where its placeholders stand; true once they are here (or were
 * already), false when this document has no placeholder for it or the page would not come.
 */
export function loadStoryPage(page: number): Promise<boolean> {
  const had = loads.get(page)
  if (had) return had
  const link = placeholdersOf(page)[0]?.querySelector('a')
  if (!link) return Promise.resolve(false)
  const load = fetch(link.href)
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))))
    .then((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html')
      for (const holder of placeholdersOf(page)) {
        const parts = doc.querySelectorAll(`[data-story-part="${holder.dataset.storyMore}"][data-page="${page}"]`)
        if (parts.length) holder.replaceWith(...parts)
      }
      window.dispatchEvent(new Event(STORY_GROWN))
      return true
    })
    .catch(() => {
      // Tried again when asked again; the placeholder's link still leads to the page.
      loads.delete(page)
      return false
    })
  loads.set(page, load)
  return load
}

/** Shows an event's section: brought in with its page first, if need be; false when it is not to be had here. */
export async function showSection(id: string, page: number): Promise<boolean> {
  if (!document.getElementById(id)) await loadStoryPage(page)
  const section = document.getElementById(id)
  section?.scrollIntoView()
  return section !== null
}

/** Calls `onGrown` whenever a page's parts come in; returns the unsubscribe. */
export function onStoryGrown(onGrown: () => void): () => void {
  window.addEventListener(STORY_GROWN, onGrown)
  return () => window.removeEventListener(STORY_GROWN, onGrown)
}
