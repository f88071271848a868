import { siteMessagesFor } from '@/lib/i18n/site'
import { siteLanguage } from '@/lib/site'

/** The site's 404, in the site's language (proxy.ts answers unknown story and tag URLs with this page, prebuilt). */
export default function NotFound() {
  const t = siteMessagesFor(siteLanguage()).notFound
  return (
    <div className="mx-auto max-w-3xl px-5 py-20">
      <p className="index-span">404</p>
      <h1 className="story-title">{t.title}</h1>
      <p className="story-summary">{t.text}</p>
      <p className="mt-6">
        <a href="/" className="underline">
          {t.back}
        </a>
      </p>
    </div>
  )
}
