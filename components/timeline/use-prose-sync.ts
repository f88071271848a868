import { startTransition, useEffect, useState } from 'react'
import { watchProse } from './prose-watch'

/**
 * Prose in sync: the event whose section the reader is in. A transition: scrolling fast through a
 * long story passes dozens of sections a second, and marking them must yield to the scroll (React
 * renders it in slices, and drops a mark already overtaken by the next).
 */
export function useProseSync(ids: readonly string[]): string | undefined {
  const [currentId, setCurrentId] = useState<string | undefined>()
  useEffect(() => watchProse(ids, (id) => startTransition(() => setCurrentId(id))), [ids])
  return currentId
}
