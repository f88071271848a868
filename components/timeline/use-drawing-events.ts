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
 * Event delegation: one listener of each kind on the drawings' box, for every mark, callout and
 * opened quote in it, whether the server drew it or the browser did at a zoom, so no mark needs a
 * handler of its own and nothing is hydrated to receive one. The latest handlers are called,
 * so the listeners are added once.
 */
export function useDrawingEvents(root: RefObject<HTMLElement | null>, handlers: DrawingHandlers) {
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const box = root.current?.querySelector<HTMLElement>('.tl-drawings')
    if (!box) return
    const names = ['keydown', 'click', 'pointermove', 'pointerleave', 'focusin', 'focusout'] as const
    const listeners = names.map((name) => [name, (event: Event) => (latest.current[name] as (e: Event) => void)(event)] as const)
    for (const [name, listener] of listeners) box.addEventListener(name, listener)
    return () => {
      for (const [name, listener] of listeners) box.removeEventListener(name, listener)
    }
  }, [root])
}
