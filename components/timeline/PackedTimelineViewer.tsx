'use client'

import { useEffect, useMemo } from 'react'
import { unpackModel, type WireModel } from '@/lib/interaction/wire'
import { shareFigureEvents } from './figure-events'
import { TimelineViewer } from './TimelineViewer'

/** The story page's viewer: its model comes packed in the page's data (lib/interaction/wire.ts) and is unpacked once. */
export function PackedTimelineViewer({ wire }: { wire: WireModel }) {
  const model = useMemo(() => unpackModel(wire), [wire])
  useEffect(() => shareFigureEvents(model.slug, model.input.events), [model])
  return <TimelineViewer model={model} />
}
