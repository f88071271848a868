import type { SiteMessages } from '@/lib/i18n/site'

export function SiteFooter({ t }: { t: SiteMessages['site'] }) {
  return (
    <footer className="site-footer">
      <div className="mx-auto max-w-6xl px-5 py-8">
        {t.footer}{' '}
        <a href="/docs/authoring" className="underline">
          {t.writing}
        </a>
      </div>
    </footer>
  )
}
