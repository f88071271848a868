import type { Direction } from '../layout/layout-types'
import { keyStep, type KeyStep } from '../layout/key-steps'

/** What a key press asks of the timeline. */
export type KeyAction =
  | { kind: 'zoom'; factor: 2 | 0.5 }
  | { kind: 'fit' }
  /** Move the selection in time (from a cluster: from its last event going later, its first otherwise). */
  | { kind: 'step'; step: KeyStep }
  /** Enter or Space: open the event's detail, or step into the cluster at its first event. */
  | { kind: 'enter' }
  /** Let go of a pinned quote and close the detail. */
  | { kind: 'escape' }

/** Where the key was pressed: on an event's mark, on a cluster's, or elsewhere in the drawings. */
export type KeyTarget = 'event' | 'cluster' | 'elsewhere'

const ZOOM_KEYS: Record<string, KeyAction> = {
  '+': { kind: 'zoom', factor: 2 },
  '=': { kind: 'zoom', factor: 2 },
  '-': { kind: 'zoom', factor: 0.5 },
  _: { kind: 'zoom', factor: 0.5 },
  '0': { kind: 'fit' },
}

/**
 * The one key map of the timeline, for the story page and the widget alike. Zoom keys work anywhere
 * in the drawings unless a modifier is held (Ctrl + is the browser's own zoom). Arrow, Home and End
 * keys move between events on a mark, following the drawing's reading direction (lib/layout/key-steps.ts);
 * Enter and Space act on the mark; Escape lets go of what is open, except on a cluster, which has nothing open.
 * Undefined: the key is the browser's.
 */
export function keyAction(key: string, { target, direction, modified }: { target: KeyTarget; direction: Direction; modified: boolean }): KeyAction | undefined {
  if (!modified && ZOOM_KEYS[key]) return ZOOM_KEYS[key]
  if (target === 'elsewhere') return key === 'Escape' ? { kind: 'escape' } : undefined
  const step = keyStep(key, direction)
  if (step !== undefined) return { kind: 'step', step }
  if (key === 'Enter' || key === ' ') return { kind: 'enter' }
  if (key === 'Escape' && target === 'event') return { kind: 'escape' }
  return undefined
}
