import type { Metadata } from 'next'
import { StoryIndex } from '@/components/site/StoryIndex'
import { getPublished } from '@/lib/content/published.server'
import { formatError } from '@/lib/content/errors'
import { listedStories } from '@/lib/content/listing.server'
import { PublicnessNote } from '@/components/site/PublicnessNote'
import { feedAlternates } from '@/lib/feeds/feed'
import { messagesFor } from '@/lib/i18n'
import { siteMessagesFor } from '@/lib/i18n/site'
import { siteLanguage, siteUrl } from '@/lib/site'
import { storyPath } from '@/lib/urls'

export function generateMetadata(): Metadata {
  const t = siteMessagesFor(siteLanguage()).site
  return {
    title: { absolute: t.indexTitle },
    description: t.indexDescription,
    // A page's own `alternates` replaces the layout's, so the feed links are named again.
    alternates: { canonical: '/', types: feedAlternates(siteUrl()) },
    openGraph: { title: 'Dateline', description: t.indexShort, url: '/' },
  }
}

/** The index: the site's page, in the site's language; each card's title and summary in its story's. */
export default async function IndexPage() {
  // In production `unpublished` is always empty: drafts and embargoed stories are never listed.
  const { timelines, unpublished, broken } = await getPublished()
  const language = siteLanguage()
  const messages = messagesFor(language)
  const words = siteMessagesFor(language)
  const t = words.site
  const entries = listedStories(timelines, language).map((s) => s.entry)
  return (
    <div className="mx-auto max-w-6xl px-5 pb-16 pt-10">
      <h1 className="index-title">{t.timelines}</h1>
      <p className="index-lede">{t.lede}</p>
      {broken.length ? (
        <section className="broken-list" aria-label={t.broken}>
          <h2>{t.brokenHeading}</h2>
          {broken.map((b) => (
            <pre key={b.slug}>{b.errors.map(formatError).join('\n')}</pre>
          ))}
        </section>
      ) : null}
      {unpublished.length ? (
        <section className="broken-list" aria-label={t.unpublished}>
          <h2>{t.unpublishedHeading}</h2>
          <ul>
            {unpublished.map(({ timeline, publicness }) => (
              <li key={timeline.slug}>
                <a href={storyPath(timeline.slug)} lang={timeline.meta.language}>
                  {timeline.meta.title}
                </a>
                <PublicnessNote status={publicness} locale={language} t={messages.story} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {entries.length === 0 ? <p>{t.empty}</p> : <StoryIndex entries={entries} locale={language} t={words.index} counts={messages.counts} tagsLabel={messages.story.tags} readIn={messages.story.readIn} />}
    </div>
  )
}
