/**
 * Server entry of the widget, bundled by scripts/build-embed.mjs with its own copy of React
 * into .embed/render.mjs. Next cannot do this itself: in a route handler a 'use client'
 * component arrives as an empty client reference (vercel/next.js#68150), and the widget
 * must render the very component the browser hydrates.
 */
import { Writable } from 'node:stream'
import { renderToPipeableStream, renderToStaticMarkup } from 'react-dom/server'
import type { WidgetModel } from '@/lib/embed/widget-model'
import { eventHrefs, quoteTexts, type ViewerModel } from '@/lib/interaction/model'
import { tagSlotsById } from '@/lib/interaction/tags'
import type { TimelineLayout } from '@/lib/layout/layout-types'
import { SvgContent } from '../timeline/TimelineSvg'
import { ViewerMessagesContext } from '../timeline/viewer-messages'
import { EmbedWidget } from './EmbedWidget'

/**
 * The widget's markup for a model: the same first render the browser hydrates. Rendered whole
 * before it is sent (onAllReady): the drawings' code is loaded as the render reaches them
 * (components/timeline/StaticDrawings.tsx), and renderToString would give up on them.
 */
export function renderWidget(model: WidgetModel): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(Buffer.from(chunk))
        done()
      },
      final(done) {
        resolve(Buffer.concat(chunks).toString('utf8'))
        done()
      },
    })
    const stream = renderToPipeableStream(<EmbedWidget model={model} />, {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: (error) => reject(error instanceof Error ? error : new Error(String(error))),
    })
  })
}

/**
 * What goes inside a drawing's <svg> for one zoomed view the server laid out (app/embed/[slug]/view/route.ts):
 * the marks as ServerDrawings renders them, with no state drawn in (the widget paints the selection, the
 * filter and the tab stop on it, as on the first markup: components/timeline/paint.ts).
 */
export function renderDrawing(model: ViewerModel, layout: TimelineLayout): string {
  return renderToStaticMarkup(
    <ViewerMessagesContext.Provider value={model.messages}>
      <SvgContent layout={layout} title={model.title} slug={model.slug} quoteText={quoteTexts(model)} tagSlotOf={tagSlotsById(model.details, model.tags)} eventHrefs={eventHrefs(model)} />
    </ViewerMessagesContext.Provider>,
  )
}
