/**
 * Server entry of the widget, bundled by scripts/build-embed.mjs with its own copy of React
 * into .embed/render.mjs. Next cannot do this itself: in a route handler a 'use client'
 * component arrives as an empty client reference (vercel/next.js#68150), and the widget
 * must render the very component the browser hydrates.
 */
import { Writable } from 'node:stream'
import { renderToPipeableStream } from 'react-dom/server'
import type { WidgetModel } from '@/lib/embed/widget-model'
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
