import Link from 'next/link'
import type { Frontmatter } from '@/lib/content/schema'
import type { SeriesLinks, SeriesMember } from '@/lib/content/series'
import { DayTime } from './DayTime'
import type { Messages } from '@/lib/i18n/messages/en'

/** The corrections of a story, dated, in the order the newsroom made them. */
export function Corrections({ corrections, locale, t }: { corrections: Frontmatter['corrections']; locale: string; t: Messages['story'] }) {
  if (corrections.length === 0) return null
  return (
    <section className="story-corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading" className="section-heading">
        {t.corrections}
      </h2>
      <ul>
        {corrections.map((c, i) => (
          <li key={i}>
            <DayTime day={c.date} locale={locale} />: {c.text}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Links to the other stories of the series, before and after this one. */
export function SeriesNav({ links, locale, t }: { links: SeriesLinks<SeriesMember>; locale: string; t: Messages['story'] }) {
  const part = (heading: string, stories: SeriesMember[]) =>
    stories.length ? (
      <div>
        <h3>{heading}</h3>
        <ul>
          {stories.map((s) => (
            <li key={s.slug}>
              <Link href={`/timelines/${s.slug}`}>{s.title}</Link> · <DayTime day={s.published} locale={locale} />
            </li>
          ))}
        </ul>
      </div>
    ) : null
  if (links.earlier.length === 0 && links.later.length === 0) return null
  return (
    <nav className="story-series" aria-labelledby="series-heading">
      <h2 id="series-heading" className="section-heading">
        {t.moreInSeries}
      </h2>
      {part(t.earlier, links.earlier)}
      {part(t.later, links.later)}
    </nav>
  )
}
