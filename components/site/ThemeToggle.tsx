'use client'

import { useSyncExternalStore } from 'react'

import { THEME_KEY as KEY } from './theme-script'

type Theme = 'auto' | 'light' | 'dark'
const NEXT: Record<Theme, Theme> = { auto: 'light', light: 'dark', dark: 'auto' }
const CHANGE = 'dateline:theme'

function read(): Theme {
  const t = document.documentElement.dataset.theme
  return t === 'light' || t === 'dark' ? t : 'auto'
}

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGE, onChange)
  return () => window.removeEventListener(CHANGE, onChange)
}

/** Light, dark, or the system's choice; remembered in localStorage. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, read, () => 'auto' as Theme)
  const next = NEXT[theme]
  const set = () => {
    if (next === 'auto') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = next
    try {
      if (next === 'auto') localStorage.removeItem(KEY)
      else localStorage.setItem(KEY, next)
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    window.dispatchEvent(new Event(CHANGE))
  }
  return (
    <button type="button" className="theme-toggle" onClick={set} aria-label={`Colour theme: ${theme}. Switch to ${next}`}>
      {theme === 'auto' ? 'Theme: auto' : theme === 'light' ? 'Theme: light' : 'Theme: dark'}
    </button>
  )
}
