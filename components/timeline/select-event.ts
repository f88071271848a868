import { idFromHash } from '@/lib/content/slug'

/** Fired on window when the viewer changes the hash itself (replaceState fires no hashchange). */
export const HASH_EVENT = 'dateline:hash'

/**
 * Selects an event: the URL hash is the selection, so a deep link selects and a selection is
 * shareable. replaceState, not location.hash: the hash follows the selection without jumping
 * the page. One function for the story page, the widget and the host page's messages to it.
 */
export function selectEvent(id: string): void {
  try {
    window.history.replaceState(null, '', `#${id}`)
  } catch {
    // A sandboxed frame (opaque origin) may refuse replaceState; a fragment navigation is still allowed.
    window.location.hash = id
  }
  window.dispatchEvent(new Event(HASH_EVENT))
}

/** The event the URL names, if any. */
export const hashId = (): string | undefined => idFromHash(window.location.hash)

/** Calls `onChange` whenever the hash changes, by navigation or by selectEvent; returns the unsubscribe. */
export function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  window.addEventListener(HASH_EVENT, onChange)
  return () => {
    window.removeEventListener('hashchange', onChange)
    window.removeEventListener(HASH_EVENT, onChange)
  }
}
