import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { ContentRefresh } from '@/components/authoring/ContentRefresh'
import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { themeScript } from '@/components/site/theme-script'
import { feedAlternates } from '@/lib/feeds/feed'
import { directionOf } from '@/lib/i18n'
import { siteMessagesFor, type SiteMessages } from '@/lib/i18n/site'
import { siteLanguage, siteUrl } from '@/lib/site'
import '@/styles/globals.css'

const language = siteLanguage()
const t: SiteMessages['site'] = siteMessagesFor(language).site

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Dateline', template: '%s · Dateline' },
  description: t.description,
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
    // The site's language; a story marks its own (lang and dir on its article, or on the widget's <html>).
    <html lang={language} dir={directionOf(language)} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t.skip}
        </a>
        <SiteHeader t={t} />
        <main id="main">{children}</main>
        <SiteFooter t={t} />
        {/* NODE_ENV is inlined at build time: production bundles drop this branch. */}
        {process.env.NODE_ENV === 'development' ? <ContentRefresh /> : null}
      </body>
    </html>
  )
}
