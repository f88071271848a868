/**
 * The focus follows the reader through redraws. A mark asked for (`focusLater`) takes the focus
 * once it is drawn, in the drawing the reader is using (it may be in a cluster or out of view until
 * the zoom that reveals it). A zoom can take the focused mark out of the drawing: focus then moves
 * to the drawing's tab stop, rather than falling to the page and ending keyboard use. `afterDraw`
 * does both, after each change to what is drawn. The plain-DOM viewer (dom-viewer.ts) keeps one.
 */
export function focusKeeper(root: () => HTMLElement | null) {
  let last: { mark: Element; orientation: string } | null = null
  let wanted: { id: string; orientation: string } | null = null
  return {
    noteFocus(target: Element) {
      const mark = target.closest('[data-event-id], [data-cluster-id]')
      const orientation = mark?.closest<HTMLElement>('[data-orientation]')?.dataset.orientation ?? 'horizontal'
      last = mark ? { mark, orientation } : null
    },
    focusLater(id: string, orientation: string) {
      wanted = { id, orientation }
    },
    afterDraw() {
      const box = root()
      if (!box) return
      if (last && !last.mark.isConnected && (document.activeElement === document.body || document.activeElement === null)) {
        box.querySelector<HTMLElement>(`[data-orientation="${last.orientation}"] [tabindex="0"]`)?.focus({ preventScroll: true })
      }
      if (!wanted) return
      const mark = box.querySelector<HTMLElement>(`[data-orientation="${wanted.orientation}"] [data-event-id="${CSS.escape(wanted.id)}"]`)
      if (!mark) return
      wanted = null
      mark.focus()
    },
  }
}
