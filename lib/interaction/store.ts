/**
 * A value that tells who is listening when it changes: the plain-DOM viewer's state
 * (components/timeline/dom-viewer.ts) in the place of React's. `set` with a patch that changes
 * nothing (every key already holds that very value) notifies no one, so a pointer moving over the
 * same callout repaints nothing.
 */
export interface Store<T extends object> {
  get(): T
  set(patch: Partial<T> | ((now: T) => Partial<T>)): void
  /** Calls `listener(now, before)` after each change; returns the unsubscribe. */
  subscribe(listener: (now: T, before: T) => void): () => void
}

/** A store holding `initial` until set. */
export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial
  const listeners = new Set<(now: T, before: T) => void>()
  return {
    get: () => value,
    set(patch) {
      const change = typeof patch === 'function' ? patch(value) : patch
      if (!Object.keys(change).some((key) => !Object.is(change[key as keyof T], value[key as keyof T]))) return
      const before = value
      value = { ...value, ...change }
      for (const listener of [...listeners]) listener(value, before)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
