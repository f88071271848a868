import Link from 'next/link'
import { ThemeToggle } from './ThemeToggle'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="mx-auto flex max-w-6xl items-baseline justify-between px-5 py-3">
        <Link href="/" className="site-logo">
          Dateline
        </Link>
        <nav aria-label="Site">
          <Link href="/" className="site-nav-link">
            Timelines
          </Link>
          <ThemeToggle />
        </nav>
      </div>
    </header>
  )
}
