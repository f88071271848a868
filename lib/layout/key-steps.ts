import type { Direction } from './layout-types'

/** Where a key moves the selection in time: one event later or earlier, or to the first or last. */
export type KeyStep = 1 | -1 | 'first' | 'last'

/**
 * What a key does on a timeline's mark. Left and right follow the drawing's reading direction, so
 * the arrow points where the next mark stands: in a right-to-left drawing, time runs leftwards and
 * ArrowLeft moves to the later event. Down and up are later and earlier in either orientation (a
 * vertical drawing runs down whatever its direction); Home and End are the first and last in time.
 * Undefined for any other key.
 */
export function keyStep(key: string, direction: Direction): KeyStep | undefined {
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
  const back = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft'
  if (key === forward || key === 'ArrowDown') return 1
  if (key === back || key === 'ArrowUp') return -1
  if (key === 'Home') return 'first'
  if (key === 'End') return 'last'
  return undefined
}
