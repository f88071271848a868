import type { KeyAction } from './keys'
import { clusterExit, stepFrom, type MarkRef } from './selection'

/**
 * What the reader has done with a timeline, as the plain-DOM viewer (components/timeline/dom-viewer.ts)
 * holds it. The selection itself lives in the URL hash (components/timeline/select-event.ts); this
 * is a copy of it, kept in step, so one change repaints everything that shows it.
 */
export interface ViewerState {
  /** The event the hash names, if it is one of the timeline's. */
  selectedId: string | undefined
  /** The event whose detail is open. */
  openId: string | undefined
  hiddenTags: ReadonlySet<string>
  /** The callout under the pointer, and the one tapped open (lib/interaction/quotes.ts). */
  hover: string | undefined
  pinned: string | undefined
  /** The zoom of the drawing the screen shows: its level and deepest level, once its code has loaded. */
  zoom: { k: number; max: number | undefined; loaded: boolean }
  /** The wheel was turned over the drawing without the focus in it: say once how to zoom. */
  wheelHint: boolean
  /** The event whose section of the article is being read (the story page's prose watch; none in the widget). */
  currentId: string | undefined
  /** The timeline has scrolled away above: its one-line strip stays at the top of wide screens. */
  stripShown: boolean
}

/** The state of a timeline nobody has used yet: `selectedId` as the URL has it, the tags `hidden` as the model starts them. */
export function initialViewerState(selectedId: string | undefined, hidden: readonly string[] = []): ViewerState {
  return { selectedId, openId: undefined, hiddenTags: new Set(hidden), hover: undefined, pinned: undefined, zoom: { k: 1, max: undefined, loaded: false }, wheelHint: false, currentId: undefined, stripShown: false }
}

/** What a key on a mark leads to: an event to select (and focus, in the drawing the key was pressed in), state to set. */
export interface KeyOutcome {
  select?: string
  /** The selected event's mark takes the focus once drawn (a step or a way into a cluster). */
  focus?: true
  patch?: Partial<Pick<ViewerState, 'openId' | 'pinned'>>
}

/**
 * The selection and detail keys of lib/interaction/keys.ts, done: a step goes on from the mark (from a
 * cluster, from its last event going later, its first otherwise); Enter on an event opens its
 * detail, on a cluster steps in at its first event; Escape lets go of the pinned callout and closes the
 * detail. `mark` is the mark the key was pressed on (none: elsewhere in the drawings). Zoom keys are the
 * zoom's, not decided here: undefined.
 */
export function keyOutcome(action: KeyAction, ids: readonly string[], mark: (MarkRef & { cluster: boolean }) | undefined): KeyOutcome | undefined {
  switch (action.kind) {
    case 'escape':
      return { patch: { pinned: undefined, openId: undefined } }
    case 'step': {
      if (!mark) return undefined
      const id = stepFrom(ids, mark.cluster ? clusterExit(ids, mark, action.step) : mark.id, action.step)
      return id === undefined ? undefined : { select: id, focus: true }
    }
    case 'enter':
      if (!mark) return undefined
      if (mark.cluster) {
        const first = ids[mark.order]
        return first === undefined ? undefined : { select: first, focus: true }
      }
      return { select: mark.id, patch: { openId: mark.id } }
    default:
      return undefined
  }
}
