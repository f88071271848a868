import { fill } from '@/lib/i18n/plural'
import type { SiteMessages } from '@/lib/i18n/site'

/** Links to a list's newer and older pages, and which page this is: the index's and a tag's. Nothing for a list of one page. */
export function PagesNav({ label, page, pages, pathOf, t }: { label: string; page: number; pages: number; pathOf: (page: number) => string; t: SiteMessages['tag'] }) {
  if (pages < 2) return null
  return (
    <nav className="tag-pages" aria-label={label}>
      {page > 1 ? (
        <a href={pathOf(page - 1)} rel="prev">
          {t.newer}
        </a>
      ) : null}
      <span aria-current="page">{fill(t.pageOf, { page: String(page), pages: String(pages) })}</span>
      {page < pages ? (
        <a href={pathOf(page + 1)} rel="next">
          {t.older}
        </a>
      ) : null}
    </nav>
  )
}
