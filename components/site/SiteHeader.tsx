import type { SiteMessages } from '@/lib/i18n/site'
import { ThemeToggle } from './ThemeToggle'

/** The site's name, its one link and the theme switch, in the site's language. */
export function SiteHeader({ t }: { t: SiteMessages['site'] }) {
  return (
    <header className="site-header">
      <div className="mx-auto flex max-w-6xl items-baseline justify-between px-5 py-3">
        <a href="/" className="site-logo">
          Dateline
        </a>
        <nav aria-label={t.nav}>
          <a href="/" className="site-nav-link">
            {t.timelines}
          </a>
          <ThemeToggle t={{ auto: t.auto, light: t.light, dark: t.dark, themeAuto: t.themeAuto, themeLight: t.themeLight, themeDark: t.themeDark, themeSwitch: t.themeSwitch }} />
        </nav>
      </div>
    </header>
  )
}
