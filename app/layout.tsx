import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { ContentRefresh } from '@/components/authoring/ContentRefresh'
import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { themeScript } from '@/components/site/theme-script'
import { feedAlternates } from '@/lib/feeds/feed'
import { siteUrl } from '@/lib/site'
import '@/styles/globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Dateline', template: '%s · Dateline' },
  description: 'News stories as interactive, accessible timelines.',
  // Pages that set their own replace these; relative URLs resolve against metadataBase, the configured origin.
  openGraph: { siteName: 'Dateline', type: 'website', url: './' },
  twitter: { card: 'summary' },
  // Feed discovery (RSS Board "rss-autodiscovery"; Atom and JSON Feed alike). A page that sets its own
  // `alternates` replaces these, so it spreads feedAlternates() too.
  alternates: { types: feedAlternates(siteUrl()) },
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#141414' },
  ],
  colorScheme: 'light dark',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main">{children}</main>
        <SiteFooter />
        {/* NODE_ENV is inlined at build time: production bundles drop this branch. */}
        {process.env.NODE_ENV === 'development' ? <ContentRefresh /> : null}
      </body>
    </html>
  )
}
