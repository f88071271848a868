'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** How long to wait before opening the stream again after the server refused it. */
const RETRY_MS = 2_000

/**
 * Development only: re-renders the current page when a story file changes on
 * disk, told by the dev-only event stream. router.refresh() refetches the
 * server components and keeps client state (scroll, the open event), so a
 * writer sees the edit in place within a moment of saving.
 */
export function ContentRefresh() {
  const router = useRouter()
  useEffect(() => {
    // The attribute lets a writer's tools (and the e2e test) see that live updates are on.
    const root = document.documentElement
    let events: EventSource | undefined
    let retry: ReturnType<typeof setTimeout> | undefined
    let connectedBefore = false
    const connect = () => {
      events = new EventSource('/api/dev/content-events')
      events.addEventListener('change', () => router.refresh())
      events.addEventListener('ready', () => {
        // After a dev-server restart files may have changed meanwhile.
        if (connectedBefore) router.refresh()
        connectedBefore = true
        root.dataset.contentWatch = 'connected'
      })
      events.addEventListener('error', () => {
        root.dataset.contentWatch = 'reconnecting'
        // EventSource retries a dropped connection by itself, but gives up for good on an error status
        // (a dev server busy compiling or restarting answers 500): then open a new one.
        if (events?.readyState === EventSource.CLOSED) {
          events.close()
          retry = setTimeout(connect, RETRY_MS)
        }
      })
    }
    connect()
    return () => {
      clearTimeout(retry)
      events?.close()
      delete root.dataset.contentWatch
    }
  }, [router])
  return null
}
