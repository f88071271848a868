import { keyAction, type KeyAction } from '@/lib/interaction/keys'
import type { MarkRef } from '@/lib/interaction/selection'
import type { Direction } from '@/lib/layout/layout-types'
import { markRef } from './paint'
import type { Orientation } from './viewer-zoom'

/** The drawing an element is in: the wide one unless it is in the tall one. */
export function orientationOf(el: Element): Orientation {
  return el.closest<HTMLElement>('[data-orientation]')?.dataset.orientation === 'vertical' ? 'vertical' : 'horizontal'
}

/**
 * What a key pressed in a drawing asks for (lib/interaction/keys.ts), read from the mark or cluster it was
 * pressed on, for both viewers (the story page's hooks, the widget's plain-DOM viewer). Claims the key from
 * the page when it acts, except Escape pressed elsewhere, which a dialog of the host's may also want.
 */
export function drawingKey(event: KeyboardEvent, direction: Direction): { action: KeyAction; ref: MarkRef | undefined; cluster: boolean; orientation: Orientation } | undefined {
  const target = event.target as Element
  const cluster = target.closest('[data-cluster-id]')
  const mark = cluster ?? target.closest('[data-event-id]')
  const action = keyAction(event.key, { target: cluster ? 'cluster' : mark ? 'event' : 'elsewhere', direction, modified: event.ctrlKey || event.metaKey || event.altKey })
  if (!action) return undefined
  if (action.kind !== 'escape' || mark) event.preventDefault()
  return { action, ref: mark ? markRef(mark) : undefined, cluster: cluster !== null, orientation: orientationOf(target) }
}
