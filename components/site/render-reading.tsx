/**
 * Server entry of the story pages' reading parts, bundled by scripts/build-embed.mjs with its own copy of
 * React into .embed/reading.mjs and imported by Node at run time (reading-parts.server.tsx). A server
 * component cannot render markup to a string (react-dom/server is not for the React Server Components
 * environment), and what is rendered here reaches the page as a string so that React in the browser never
 * hydrates it nor carries it as elements in the page's flight data.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { READING_PARTS, type ReadingPart, type ReadingProps } from './StoryReading'

/** The markup inside part `part` of a story page, as React would render it there. */
export function renderReadingPart(part: ReadingPart, props: ReadingProps): string {
  return renderToStaticMarkup(createElement(READING_PARTS[part], props))
}
