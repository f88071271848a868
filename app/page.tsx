import Link from 'next/link'
import { TagList } from '@/components/site/TagList'
import { getPublished } from '@/lib/content/published.server'
import { summarize } from '@/lib/content/load.server'
import { formatError } from '@/lib/content/errors'
import { PublicnessNote } from '@/components/site/PublicnessNote'

export default async function IndexPage() {
  // In production `unpublished` is always empty: drafts and embargoed stories are never listed.
  const { timelines, unpublished, broken } = await getPublished()
  const summaries = timelines.map(summarize)
  return (
    <div className="mx-auto max-w-6xl px-5 pb-16 pt-10">
      <h1 className="index-title">Timelines</h1>
      <p className="index-lede">Stories told as the sequence of what happened, with who said what, and when.</p>
      {broken.length ? (
        <section className="broken-list" aria-label="Timelines with errors">
          <h2>Not published: fix these files</h2>
          {broken.map((b) => (
            <pre key={b.slug}>{b.errors.map(formatError).join('\n')}</pre>
          ))}
        </section>
      ) : null}
      {unpublished.length ? (
        <section className="broken-list" aria-label="Stories not public yet">
          <h2>Not public yet: shown in development only</h2>
          <ul>
            {unpublished.map(({ timeline, publicness }) => (
              <li key={timeline.slug}>
                <Link href={`/timelines/${timeline.slug}`}>{timeline.meta.title}</Link>
                <PublicnessNote status={publicness} locale={timeline.meta.language} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {summaries.length === 0 ? <p>No timelines yet. Add an MDX file to content/timelines/.</p> : null}
      <ol className="index-list">
        {summaries.map((t) => (
          <li key={t.slug} className="index-item">
            <article aria-labelledby={`t-${t.slug}`}>
              <p className="index-span">
                <span>{t.span}</span>
                <span aria-hidden="true"> · </span>
                <span>
                  {t.eventCount} {t.eventCount === 1 ? 'event' : 'events'}
                </span>
                {t.quoteCount ? (
                  <>
                    <span aria-hidden="true"> · </span>
                    <span>
                      {t.quoteCount} {t.quoteCount === 1 ? 'quote' : 'quotes'}
                    </span>
                  </>
                ) : null}
              </p>
              <h2 id={`t-${t.slug}`} className="index-item-title">
                <Link href={`/timelines/${t.slug}`}>{t.title}</Link>
              </h2>
              <p className="index-summary">{t.summary}</p>
              <TagList tags={t.tags} />
            </article>
          </li>
        ))}
      </ol>
    </div>
  )
}
