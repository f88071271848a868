import { lazy, memo, Suspense, useEffect, useRef, useState } from 'react'
import { createRoot } from 'react-dom/client'
import type { ViewerModel } from '@/lib/interaction/model'

// Laid out and rendered where the markup is made: the layout code and the marks stay out of the
// browser's first script (the zoom loads them, later, for a drawing the reader zooms).
const ServerDrawings = lazy(() => import('./ServerDrawings'))

// The same object every render, so React never sets it: the server's markup inside stays as it came.
const KEPT = { __html: '' }

/**
 * The drawings as the server rendered them, never hydrated: on the server, the SVGs; in the
 * browser, an element whose contents React leaves alone (an innerHTML it never writes), so neither
 * drawing is rendered, compared or given a fiber, and the layouts need not travel in the page's
 * data. Behaviour is attached to this markup by delegation (TimelineViewer). Memoised on a model
 * that never changes, so it renders once.
 *
 * `drawHere`: there is no server markup (the widget made its model in the browser for its URL's
 * options): the drawings are rendered once, into their own root, and never again, so they are
 * static markup like the server's. The same happens when the model changes under the page (a
 * writer saved the story in `next dev`): the server's markup is of the model it came with.
 */
export const StaticDrawings = memo(function StaticDrawings({ model, drawHere = false, onDrawn }: { model: ViewerModel; drawHere?: boolean; onDrawn?: () => void }) {
  const [served] = useState(model)
  if (typeof window === 'undefined') {
    return (
      <div className="tl-drawings">
        <ServerDrawings model={model} />
      </div>
    )
  }
  return drawHere || model !== served ? <DrawnOnce model={model} {...(onDrawn ? { onDrawn } : {})} /> : <div className="tl-drawings" suppressHydrationWarning dangerouslySetInnerHTML={KEPT} />
})

function DrawnOnce({ model, onDrawn }: { model: ViewerModel; onDrawn?: () => void }) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = box.current
    if (!el) return
    const root = createRoot(el)
    root.render(
      <Suspense fallback={null}>
        <ServerDrawings model={model} />
        <Drawn {...(onDrawn ? { onDrawn } : {})} />
      </Suspense>,
    )
    return () => root.unmount()
  }, [model, onDrawn])
  return <div ref={box} className="tl-drawings" dangerouslySetInnerHTML={KEPT} />
}

/** Tells the viewer the drawings are in the page, so it can attach itself to them. */
function Drawn({ onDrawn }: { onDrawn?: () => void }) {
  useEffect(() => onDrawn?.(), [onDrawn])
  return null
}
