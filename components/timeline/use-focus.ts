import { useCallback, useRef, type RefObject } from 'react'

/**
 * The focus follows the reader through redraws. A mark asked for (`focusLater`) takes the focus
 * once it is drawn, in the drawing the reader is using (it may be in a cluster or out of view until
 * the zoom that reveals it). A zoom can take the focused mark out of the drawing: focus then moves
 * to the drawing's tab stop, rather than falling to the page and ending keyboard use. `afterDraw`
 * does both, after each change to what is drawn.
 */
export function useFocusKeeper(root: RefObject<HTMLElement | null>) {
  const state = useRef<{ last: { mark: Element; orientation: string } | null; wanted: { id: string; orientation: string } | null }>({ last: null, wanted: null })
  const noteFocus = useCallback((target: Element) => {
    const mark = target.closest('[data-event-id], [data-cluster-id]')
    const orientation = mark?.closest<HTMLElement>('[data-orientation]')?.dataset.orientation ?? 'horizontal'
    state.current.last = mark ? { mark, orientation } : null
  }, [])
  const focusLater = useCallback((id: string, orientation: string) => {
    state.current.wanted = { id, orientation }
  }, [])
  const afterDraw = useCallback(() => {
    const box = root.current
    if (!box) return
    const { last, wanted } = state.current
    if (last && !last.mark.isConnected && (document.activeElement === document.body || document.activeElement === null)) {
      box.querySelector<HTMLElement>(`[data-orientation="${last.orientation}"] [tabindex="0"]`)?.focus({ preventScroll: true })
    }
    if (!wanted) return
    const mark = box.querySelector<HTMLElement>(`[data-orientation="${wanted.orientation}"] [data-event-id="${CSS.escape(wanted.id)}"]`)
    if (!mark) return
    state.current.wanted = null
    mark.focus()
  }, [root])
  return { noteFocus, focusLater, afterDraw }
}
