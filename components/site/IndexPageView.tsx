import { StoryIndex } from '@/components/site/StoryIndex'
import { PagesNav } from '@/components/site/PagesNav'
import { PublicnessNote } from '@/components/site/PublicnessNote'
import { formatError } from '@/lib/content/errors'
import { indexPagePath } from '@/lib/content/index-pages'
import type { Published } from '@/lib/content/published.server'
import type { IndexPageData } from '@/lib/content/listings.server'
import { messagesFor } from '@/lib/i18n'
import { siteMessagesFor } from '@/lib/i18n/site'
import { siteLanguage } from '@/lib/site'
import { storyPath } from '@/lib/urls'

/**
 * A page of the index (`/`, then `/page/<n>`): the site's page, in the site's language; each card's title and summary
 * in its story's. The first page also lists, in development, the files that failed to load and the stories not yet public.
 */
export function IndexPageView({ data, unpublished = [], broken = [] }: { data: IndexPageData } & Partial<Pick<Published, 'unpublished' | 'broken'>>) {
  const language = siteLanguage()
  const messages = messagesFor(language)
  const words = siteMessagesFor(language)
  const t = words.site
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
      {data.total === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <StoryIndex entries={data.entries} total={data.total} tags={data.tags} years={data.years} locale={language} t={words.index} counts={messages.counts} tagsLabel={messages.story.tags} readIn={messages.story.readIn}>
          <PagesNav label={words.index.pagesOf} page={data.page} pages={data.pages} pathOf={indexPagePath} t={words.tag} />
        </StoryIndex>
      )}
    </div>
  )
}
