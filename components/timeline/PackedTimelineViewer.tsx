'use client'

import { useMemo } from 'react'
import { unpackModel, type WireModel } from '@/lib/interaction/wire'
import { TimelineViewer } from './TimelineViewer'

/** The story page's viewer: its model comes packed in the page's data (lib/interaction/wire.ts) and is unpacked once. */
export function PackedTimelineViewer({ wire }: { wire: WireModel }) {
  const model = useMemo(() => unpackModel(wire), [wire])
  return <TimelineViewer model={model} />
}
