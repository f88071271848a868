import type { ReactNode } from 'react'
import { builtModule } from '@/lib/built-module.server'
import { READING_PARTS, type ReadingPart, type ReadingProps } from './StoryReading'

const loadReading = builtModule<typeof import('./render-reading')>('reading.mjs', 'The story pages’ reading parts')

type PartContent = { children: ReactNode } | { dangerouslySetInnerHTML: { __html: string } }

/**
 * What goes inside a reading part of a story page (StoryReading.tsx), as props of the element that holds it.
 * A production build gets its markup as a string: the browser's React sets it once and never hydrates it,
 * and the page's flight data carries one string instead of an element tree (the article was most of
 * both). `next dev` gets the elements, so that an edit to their components shows at once. Either way it is the
 * same components' markup (the project's React renders the string, Next's own build of React the elements); only
 * the comments React's streaming renderer puts between adjacent texts are not in the string.
 */
export async function readingPart(part: ReadingPart, props: ReadingProps): Promise<PartContent> {
  if (process.env.NODE_ENV !== 'production') {
    const Part = READING_PARTS[part]
    return { children: <Part {...props} /> }
  }
  const { renderReadingPart } = await loadReading()
  return { dangerouslySetInnerHTML: { __html: renderReadingPart(part, props) } }
}
