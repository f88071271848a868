'use client'

import { Suspense, useEffect, useMemo, useRef } from 'react'
import { createRoot } from 'react-dom/client'
import type { ViewerModel } from '@/lib/interaction/model'
import { unpackModel, type WireModel } from '@/lib/interaction/wire'
import { startViewer } from './dom-viewer'
import { viewerZoom } from './dom-viewer-zoom'
import { shareFigureEvents } from './figure-events'
import { storyControls } from './story-controls'
import { watchStory } from './story-watch'
import { TimelineViewer } from './TimelineViewer'

// The same object every render, so React never sets it: the server's markup inside stays as it came.
const KEPT = { __html: '' }

/**
 * The timeline of a story page or a tag page: its model comes packed in the page's data
 * (lib/interaction/wire.ts). The server renders the viewer's markup (TimelineViewer); the browser
 * never hydrates it or draws it again (an innerHTML React never writes): the plain-DOM viewer, the
 * widget's (dom-viewer.ts), starts on it once the page has hydrated, with what only a page with an
 * article adds (story-watch.ts). Only this element is React's.
 */
export function PackedTimelineViewer({ wire }: { wire: WireModel }) {
  const model = useMemo(() => unpackModel(wire), [wire])
  const root = useRef<HTMLDivElement>(null)
  // The model the markup in the page was made for.
  const markupOf = useRef<ViewerModel | null>(null)
  useEffect(() => shareFigureEvents(model.slug, model.input.events), [model])
  useEffect(() => {
    const el = root.current
    if (!el) return
    let stop: (() => void) | undefined
    let live = true
    const start = () => {
      markupOf.current = model
      const viewer = startViewer(el, model, storyControls, viewerZoom)
      const unwatch = watchStory(el, model, viewer)
      stop = () => {
        unwatch()
        viewer.destroy()
      }
    }
    // The server's markup is of the model the page came with. Without it (the studio's preview, rendered in the
    // browser), or for a model that changed under the page (a story saved under `next dev`), it is made here first.
    if (el.querySelector('.tl-drawings') && (markupOf.current === null || markupOf.current === model)) start()
    else
      void drawMarkup(el, model).then(() => {
        if (live) start()
      })
    return () => {
      live = false
      stop?.()
    }
  }, [model])
  if (typeof window === 'undefined') return <TimelineViewer model={model} />
  return <div ref={root} className="tl-viewer" suppressHydrationWarning dangerouslySetInnerHTML={KEPT} />
}

/** Makes the viewer's markup for `model` in `el`, as the server makes it: rendered once, then static like the server's. */
function drawMarkup(el: HTMLElement, model: ViewerModel): Promise<void> {
  const box = document.createElement('div')
  const reactRoot = createRoot(box)
  return new Promise<void>((resolve) => {
    reactRoot.render(
      <Suspense fallback={null}>
        <TimelineViewer model={model} />
        <Drawn onDrawn={resolve} />
      </Suspense>,
    )
  }).then(() => {
    el.innerHTML = box.firstElementChild?.innerHTML ?? ''
    delete el.dataset.hydrated
    reactRoot.unmount()
  })
}

/** Says when the markup beside it is in: after the drawings' code has come and they were rendered. */
function Drawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => onDrawn(), [onDrawn])
  return null
}
