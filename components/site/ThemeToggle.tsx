'use client'

import { useSyncExternalStore } from 'react'
import { fill } from '@/lib/i18n/plural'
import type { SiteMessages } from '@/lib/i18n/site'

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

/** The toggle's words, in the site's language: only these travel to the browser. */
export type ThemeWords = Pick<SiteMessages['site'], Theme | 'themeAuto' | 'themeLight' | 'themeDark' | 'themeSwitch'>

/** Light, dark, or the system's choice; remembered in localStorage. */
export function ThemeToggle({ t }: { t: ThemeWords }) {
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
    <button type="button" className="theme-toggle" onClick={set} aria-label={fill(t.themeSwitch, { theme: t[theme], next: t[next] })}>
      {theme === 'auto' ? t.themeAuto : theme === 'light' ? t.themeLight : t.themeDark}
    </button>
  )
}
