'use client'

import { useEffect, useRef } from 'react'
import type { EventDetail } from '@/lib/content/event-details'
import { EventDetailView } from './EventDetailView'
import { useViewerMessages } from './viewer-messages'

/** The detail of one event under the timeline (EventDetailView), its heading focused when it opens on an event. */
export function EventDetailPanel({ detail, onClose, storyHref }: { detail: EventDetail; onClose: () => void; storyHref?: string }) {
  const heading = useRef<HTMLHeadingElement>(null)
  const messages = useViewerMessages()
  useEffect(() => heading.current?.focus(), [detail.id])
  return <EventDetailView detail={detail} messages={messages} onClose={onClose} storyHref={storyHref} headingRef={heading} />
}
