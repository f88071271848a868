import { useEffect, useState, type RefObject } from 'react'

/**
 * Whether the plain wheel zooms: focus is in the timeline, or the reader last pressed on it. A
 * wheel turned over the timeline otherwise scrolls the page, as it should; `wheelHint` is then
 * true for two seconds, to say once how to zoom instead.
 */
export function useWheelFocus(root: RefObject<HTMLElement | null>, focusedWithin: RefObject<boolean>): boolean {
  const [wheelHint, setWheelHint] = useState(false)
  useEffect(() => {
    const scroller = root.current
    if (!scroller) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const onWheel = (event: WheelEvent) => {
      if (focusedWithin.current || event.ctrlKey || event.metaKey) return
      if (!(event.target as Element).closest?.('[data-orientation="horizontal"]')) return
      setWheelHint(true)
      clearTimeout(timer)
      timer = setTimeout(() => setWheelHint(false), 2000)
    }
    // A press on the drawing counts as focus for the wheel, as focus on a mark does; a press elsewhere ends it.
    const onPress = (event: PointerEvent) => {
      focusedWithin.current = root.current?.contains(event.target as Node) === true
    }
    scroller.addEventListener('wheel', onWheel, { passive: true })
    document.addEventListener('pointerdown', onPress)
    return () => {
      scroller.removeEventListener('wheel', onWheel)
      document.removeEventListener('pointerdown', onPress)
      clearTimeout(timer)
    }
  }, [root, focusedWithin])
  return wheelHint
}

/** Whether the timeline has scrolled away above: a one-line strip of it then stays at the top of wide screens. */
export function useScrolledPast(root: RefObject<HTMLElement | null>): boolean {
  const [past, setPast] = useState(false)
  useEffect(() => {
    const figure = root.current
    if (!figure || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(([entry]) => setPast(entry !== undefined && !entry.isIntersecting && entry.boundingClientRect.top < 0))
    observer.observe(figure)
    return () => observer.disconnect()
  }, [root])
  return past
}
