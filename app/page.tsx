import type { Metadata } from 'next'
import Link from 'next/link'
import { StoryIndex } from '@/components/site/StoryIndex'
import { getPublished } from '@/lib/content/published.server'
import { summarize } from '@/lib/content/load.server'
import { formatError } from '@/lib/content/errors'
import { byLatest, indexEntry } from '@/lib/content/story-index'
import { PublicnessNote } from '@/components/site/PublicnessNote'
import { feedAlternates } from '@/lib/feeds/feed'
import { en } from '@/lib/i18n/messages/en'
import { siteUrl } from '@/lib/site'

export const metadata: Metadata = {
  title: { absolute: 'Dateline: news stories as timelines' },
  description: 'News stories told as timelines: what happened, in order, with who said what and when. Every date, event and quote sourced.',
  // A page's own `alternates` replaces the layout's, so the feed links are named again.
  alternates: { canonical: '/', types: feedAlternates(siteUrl()) },
  openGraph: { title: 'Dateline', description: 'News stories told as timelines.', url: '/' },
}

export default async function IndexPage() {
  // In production `unpublished` is always empty: drafts and embargoed stories are never listed.
  const { timelines, unpublished, broken } = await getPublished()
  const entries = timelines.map((t) => indexEntry(t, summarize(t))).sort(byLatest)
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
                <PublicnessNote status={publicness} locale={timeline.meta.language} t={en.story} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {entries.length === 0 ? <p>No timelines yet. Add an MDX file to content/timelines/.</p> : <StoryIndex entries={entries} />}
    </div>
  )
}
