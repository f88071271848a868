import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

export interface DrawingHandlers {
  keydown(event: KeyboardEvent): void
  click(event: MouseEvent): void
  pointermove(event: PointerEvent): void
  pointerleave(event: PointerEvent): void
  focusin(event: FocusEvent): void
  focusout(event: FocusEvent): void
}

/**
 * Event delegation: one listener of each kind on the viewer, for every mark, callout and opened
 * quote in its drawings, whether the server drew them or the browser did, so no mark needs a
 * handler of its own and nothing is hydrated to receive one. Keys, clicks and focus count only in
 * the drawings (not on the toolbar); the pointer anywhere in the viewer. The latest handlers are
 * called, so the listeners are added once, and still hear drawings drawn again.
 */
export function useDrawingEvents(root: RefObject<HTMLElement | null>, handlers: DrawingHandlers) {
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const box = root.current
    if (!box) return
    const names = ['keydown', 'click', 'pointermove', 'pointerleave', 'focusin', 'focusout'] as const
    const anywhere = new Set<string>(['pointermove', 'pointerleave'])
    const inDrawings = (event: Event) => anywhere.has(event.type) || (event.target as Element).closest?.('.tl-drawings') != null
    const listeners = names.map((name) => [name, (event: Event) => inDrawings(event) && (latest.current[name] as (e: Event) => void)(event)] as const)
    for (const [name, listener] of listeners) box.addEventListener(name, listener)
    return () => {
      for (const [name, listener] of listeners) box.removeEventListener(name, listener)
    }
  }, [root])
}
