/**
 * A place in the viewer where a control is drawn, and drawn again whole when what it shows
 * changes (the plain-DOM viewer's controls hold no state: dom-viewer.ts). The reader's focus in
 * the control survives: the element at the same place among the new one's focusable elements
 * takes it (a press on "Next" leaves the focus on "Next").
 */
export interface ControlSlot {
  show(next: Node | null): void
  /** The element drawn now, if any. */
  readonly node: Node | null
}

const FOCUSABLE = 'button, a[href], [tabindex]'

/** A slot whose control goes where `place` puts it the first time (later ones replace it there). */
export function controlSlot(place: (node: Node) => void): ControlSlot {
  let current: ChildNode[] = []
  const slot: ControlSlot = {
    get node() {
      return current[0] ?? null
    },
    show(next) {
      const active = document.activeElement
      const focusable = current.flatMap((n) => (n instanceof Element ? [...(n.matches(FOCUSABLE) ? [n] : []), ...n.querySelectorAll(FOCUSABLE)] : []))
      const at = active ? focusable.indexOf(active) : -1
      // A fragment empties into the page: remember what it held.
      const nodes = next ? (next instanceof DocumentFragment ? [...next.childNodes] : [next as ChildNode]) : []
      if (current.length && current[0]!.isConnected) {
        current[0]!.before(...nodes)
        for (const n of current) n.remove()
      } else if (next) place(next)
      current = nodes
      if (at >= 0) {
        const again = nodes.flatMap((n) => (n instanceof Element ? [...(n.matches(FOCUSABLE) ? [n] : []), ...n.querySelectorAll(FOCUSABLE)] : []))[at]
        ;(again as HTMLElement | undefined)?.focus({ preventScroll: true })
      }
    },
  }
  return slot
}
