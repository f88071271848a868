'use client'

import { useEffect, useState } from 'react'
import type { SiteMessages } from '@/lib/i18n/site'

// Each language's words are fetched only when a page has failed: this boundary's code comes with every
// page, and all the languages' messages would weigh more than the rest of it.
const LANGUAGES: Record<string, () => Promise<SiteMessages>> = {
  en: () => import('@/lib/i18n/messages/en').then((m) => m.enSite),
  es: () => import('@/lib/i18n/messages/es').then((m) => m.esSite),
  ru: () => import('@/lib/i18n/messages/ru').then((m) => m.ruSite),
  ar: () => import('@/lib/i18n/messages/ar').then((m) => m.arSite),
}

/**
 * What a reader sees when a page fails while it is shown. A client component (Next requires it), so
 * it takes the site's language from <html lang>, which the root layout wrote from the site's setting.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [t, setT] = useState<SiteMessages['error']>()
  useEffect(() => {
    const base = document.documentElement.lang.split('-')[0]!.toLowerCase()
    void (LANGUAGES[base] ?? LANGUAGES.en!)().then((m) => setT(m.error))
  }, [])
  return (
    <div className="mx-auto max-w-3xl px-5 py-20" role="alert">
      {t ? (
        <>
          <h1 className="story-title">{t.title}</h1>
          <p className="story-summary">{t.text}</p>
          <p className="mt-6 flex gap-6">
            <button type="button" className="underline" onClick={reset}>
              {t.retry}
            </button>
            <a href="/" className="underline">
              {t.back}
            </a>
          </p>
        </>
      ) : null}
    </div>
  )
}
