import { useState, type RefObject } from 'react'
import { focusKeeper } from './focus-keeper'

/** The focus follows the reader through redraws (focus-keeper.ts), for the React viewer: one keeper for the viewer's life. */
export function useFocusKeeper(root: RefObject<HTMLElement | null>) {
  const [keeper] = useState(() => focusKeeper(() => root.current))
  return keeper
}
