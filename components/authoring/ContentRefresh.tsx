'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Development only: re-renders the current page when a story file changes on
 * disk, told by the dev-only event stream. router.refresh() refetches the
 * server components and keeps client state (scroll, the open event), so a
 * writer sees the edit in place within a moment of saving.
 */
export function ContentRefresh() {
  const router = useRouter()
  useEffect(() => {
    const events = new EventSource('/api/dev/content-events')
    let connectedBefore = false
    events.addEventListener('change', () => router.refresh())
    // After a dev-server restart the stream reconnects by itself; files may have changed meanwhile.
    // The attribute lets a writer's tools (and the e2e test) see that live updates are on.
    const root = document.documentElement
    events.addEventListener('ready', () => {
      if (connectedBefore) router.refresh()
      connectedBefore = true
      root.dataset.contentWatch = 'connected'
    })
    events.addEventListener('error', () => {
      root.dataset.contentWatch = 'reconnecting'
    })
    return () => {
      events.close()
      delete root.dataset.contentWatch
    }
  }, [router])
  return null
}
