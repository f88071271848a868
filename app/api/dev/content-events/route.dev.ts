import { watch, type FSWatcher } from 'node:fs'
import { CONTENT_DIR } from '@/lib/content/load.server'

/**
 * Development only (the `.dev.ts` extension is a route only under `next dev`,
 * see next.config.js): a Server-Sent Events stream that says "changed" when a
 * file in the content folder is saved, added or removed. Next's own HMR watches
 * the module graph, and stories are read from disk, not imported, so without
 * this an edit would show only after a manual reload.
 */
export const dynamic = 'force-dynamic'

/** Editors write a file in several steps (truncate, write, rename); one refresh per save is enough. */
const SETTLE_MS = 120
/** A comment line now and then keeps proxies from closing an idle stream. */
const KEEPALIVE_MS = 15_000

export function GET(request: Request) {
  if (process.env.NODE_ENV !== 'development') return new Response('Not found', { status: 404 })
  const encoder = new TextEncoder()
  let stop = () => {}
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false
      const send = (text: string) => {
        if (closed) return
        try {
          controller.enqueue(encoder.encode(text))
        } catch {
          // The client went away between two events; the abort listener cleans up.
          stop()
        }
      }
      let settle: ReturnType<typeof setTimeout> | undefined
      const changed = new Set<string>()
      let watcher: FSWatcher | undefined
      try {
        watcher = watch(/*turbopackIgnore: true*/ CONTENT_DIR, (_event, name) => {
          if (name) changed.add(String(name))
          clearTimeout(settle)
          settle = setTimeout(() => {
            send(`event: change\ndata: ${JSON.stringify({ files: [...changed] })}\n\n`)
            changed.clear()
          }, SETTLE_MS)
        })
      } catch (error) {
        send(`event: error\ndata: ${JSON.stringify({ message: `cannot watch ${CONTENT_DIR}: ${(error as Error).message}` })}\n\n`)
      }
      const keepalive = setInterval(() => send(': keepalive\n\n'), KEEPALIVE_MS)
      stop = () => {
        if (closed) return
        closed = true
        watcher?.close()
        clearInterval(keepalive)
        clearTimeout(settle)
        try {
          controller.close()
        } catch {
          // Already closed by the client going away.
        }
      }
      request.signal.addEventListener('abort', stop)
      send('retry: 1000\nevent: ready\ndata: {}\n\n')
    },
    cancel() {
      stop()
    },
  })
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' },
  })
}
