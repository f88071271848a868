import { lazy } from 'react'
import type { ViewerModel } from '@/lib/interaction/model'
import { TagFilter } from './TagFilter'

// Laid out and rendered where the markup is made: the layout code and the marks stay out of the
// browser's first script (the zoom loads them, later, for a drawing the reader zooms).
const ServerDrawings = lazy(() => import('./ServerDrawings'))

// Without a script the tags are a list, not buttons: nothing to toggle.
const inert = () => {}

export interface TimelineViewerProps {
  model: ViewerModel
}

/**
 * The timeline as the server sends it, on the story page, a tag page and in the widget: both
 * drawings and the strip (ServerDrawings), the tags as a list, and the live region the viewer
 * speaks through. Complete without JavaScript; in the browser, the plain-DOM viewer
 * (dom-viewer.ts) starts on this markup, adds the controls and shows the reader's use of it,
 * without React ever hydrating or drawing it again (PackedTimelineViewer.tsx on a page,
 * components/embed/widget-start.ts in the widget).
 */
export function TimelineViewer({ model }: TimelineViewerProps) {
  return (
    <div className="tl-viewer">
      <div className="tl-drawings">
        <ServerDrawings model={model} />
      </div>
      <TagFilter slug={model.slug} tags={model.tags} hidden={new Set(model.initialHiddenTags)} interactive={false} messages={model.messages} onToggle={inert} />
      <p className="sr-only" aria-live="polite" />
    </div>
  )
}
