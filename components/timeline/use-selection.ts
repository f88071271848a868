import { useSyncExternalStore } from 'react'
import { hashId, subscribeHash } from './select-event'

const noSubscription = () => () => {}

/** False in the server's render and while hydrating, true after: what needs the browser waits for it. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false)
}

/** The selected event: the one the URL hash names, if it is one of `ids` (components/timeline/select-event.ts changes it). */
export function useSelectedId(ids: readonly string[]): string | undefined {
  const hash = useSyncExternalStore(subscribeHash, () => hashId() ?? '', () => '')
  return ids.includes(hash) ? hash : undefined
}
