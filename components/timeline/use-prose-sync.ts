import { startTransition, useEffect, useState } from 'react'
import { onStoryGrown } from '@/components/site/story-more'
import { watchProse } from './prose-watch'

/**
 * Prose in sync: the event whose section the reader is in. A transition: scrolling fast through a
 * long story passes dozens of sections a second, and marking them must yield to the scroll (React
 * renders it in slices, and drops a mark already overtaken by the next). The article of a long
 * story grows as its later pages come in: then it is watched anew.
 */
export function useProseSync(ids: readonly string[]): string | undefined {
  const [currentId, setCurrentId] = useState<string | undefined>()
  const [grown, setGrown] = useState(0)
  useEffect(() => onStoryGrown(() => setGrown((n) => n + 1)), [])
  useEffect(() => watchProse(ids, (id) => startTransition(() => setCurrentId(id))), [ids, grown])
  return currentId
}
