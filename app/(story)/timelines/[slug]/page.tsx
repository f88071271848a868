import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Timeline } from '@/components/timeline/Timeline'
import { EmbedButton } from '@/components/embed/EmbedButton'
import { DayTime } from '@/components/site/DayTime'
import { TagList } from '@/components/site/TagList'
import { directionOf, messagesFor } from '@/lib/i18n'
import { plural } from '@/lib/i18n/plural'
import { ContentErrorPage } from '@/components/authoring/ContentErrorPage'
import { ContentErrors } from '@/lib/content/errors'
import { loadTimeline, summarize } from '@/lib/content/load.server'
import { seriesCandidates } from '@/lib/content/listings.server'
import { publicness, showsUnpublished } from '@/lib/content/publicness'
import { seriesLinks } from '@/lib/content/series'
import { languageAlternates, translationMember } from '@/lib/content/translations'
import { publicVersions } from '@/lib/content/versions.server'
import { LanguageSwitch } from '@/components/site/LanguageSwitch'
import { PublicnessNote } from '@/components/site/PublicnessNote'
import { jsonLdText, storyJsonLd } from '@/lib/seo/json-ld'
import { calendarUrl, oembedUrl, storyPath, storyUrl } from '@/lib/urls'
import { feedAlternates } from '@/lib/feeds/feed'
import { siteUrl } from '@/lib/site'
import { CARD_ALT, CARD_SIZE } from '@/lib/embed/oembed'
import { storiesToRender } from '@/lib/export/render-only.server'
import { pageCount } from '@/lib/content/story-pages'
import { readingPart } from '@/components/site/reading-parts.server'
import { StoryPager } from '@/components/site/StoryPager'

type Props = { params: Promise<{ slug: string }> }

// Not `false` (which must be a literal): `next dev` caches generateStaticParams and would not see a story file
// added while it runs (content/ is read, not imported), so a new story would 404 until a restart. A build
// prerenders every story; there proxy.ts answers any other slug with the prebuilt 404 before it gets here,
// so a made-up URL is never rendered, cached for a year or written to the server's cache. A draft or an
// embargoed story is not prerendered (storiesToRender), so it is answered the same way.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await storiesToRender()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await loadTimeline((await params).slug)
  if (!result) return {}
  // Development only: production fails in the page below, with every error.
  if (!result.ok) return { title: 'Errors in this timeline', robots: { index: false } }
  const timeline = result.timeline
  const status = publicness(timeline.meta, new Date())
  if (status.state !== 'public' && !showsUnpublished()) return {}
  const origin = siteUrl()
  const pageUrl = storyUrl(origin, timeline.slug)
  // The card is named here, as Next would have from the card's file, because this page sits in the route group (story)
  // and its card does not: `next build` hands each page worker one slice of the routes sorted by folder, and in the
  // group the story pages sort first while tag pages and cards sort last, so the costly pages are split between
  // both workers. A card inside the group would be given a new URL.
  const card = [{ url: `${pageUrl}/opengraph-image`, type: 'image/png', ...CARD_SIZE, alt: CARD_ALT }]
  // hreflang alternates: this story in every language the site shows it in, and x-default for the original.
  const languages = languageAlternates(await publicVersions(translationMember(timeline)), (slug) => storyUrl(origin, slug))
  return {
    metadataBase: new URL(origin),
    title: timeline.meta.title,
    description: timeline.meta.summary,
    alternates: {
      canonical: pageUrl,
      ...(Object.keys(languages).length ? { languages } : {}),
      // oEmbed discovery (oembed.com §4): consumers find the answer from the page itself. A file, so a static
      // export answers it too (app/oembed/[file]/route.ts); /api/oembed?url= takes maxwidth and maxheight on the Node server.
      types: { ...feedAlternates(origin), 'application/json+oembed': oembedUrl(origin, timeline.slug) },
    },
    openGraph: {
      images: card,
      title: timeline.meta.title,
      description: timeline.meta.summary,
      type: 'article',
      url: pageUrl,
      siteName: 'Dateline',
      locale: timeline.meta.language,
      publishedTime: timeline.meta.published,
      ...(timeline.meta.updated ? { modifiedTime: timeline.meta.updated } : {}),
      tags: timeline.meta.tags,
    },
    twitter: { card: 'summary_large_image', title: timeline.meta.title, description: timeline.meta.summary, images: card },
    ...(status.state === 'public' ? {} : { robots: { index: false, follow: false } }),
  }
}

export default async function TimelinePage({ params }: Props) {
  const slug = (await params).slug
  const result = await loadTimeline(slug)
  if (!result) notFound()
  if (!result.ok) {
    // A production build must fail, with the same messages `npm run check` prints; a writer in dev gets the located errors.
    if (process.env.NODE_ENV === 'production') throw new ContentErrors(result.errors)
    return <ContentErrorPage file={result.errors[0]?.file ?? `${slug}.mdx`} errors={result.errors} {...(result.source !== undefined ? { source: result.source } : {})} />
  }
  const timeline = result.timeline
  const { meta } = timeline
  // The second lock: proxy.ts already answers a story that was not prerendered with the 404 page.
  const status = publicness(meta, new Date())
  if (status.state !== 'public' && !showsUnpublished()) notFound()
  const summary = summarize(timeline)
  // Every word around the story in its language (English where Dateline has no messages file for it).
  const locale = meta.language
  const m = messagesFor(locale)
  const t = m.story
  // Series neighbours come from the public stories only, so a draft never shows up as a link (in dev, drafts too).
  const series = meta.series ? seriesLinks(summary, await seriesCandidates()) : { earlier: [], later: [] }
  // Like series links, only versions this server may show: a withheld translation is never linked nor named.
  const versions = await publicVersions(translationMember(timeline))
  const reading = { timeline, page: 1, t }
  return (
    <article lang={meta.language} dir={directionOf(meta.language)} className="story">
      {/* Structured data (schema.org): a data block, not a script; it runs nothing, so the CSP needs no hash for it. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(storyJsonLd(timeline, siteUrl())) }} />
      {/* The timeline leads: only the title and summary stand above it, so it is in the first screen. */}
      <header className="story-header mx-auto max-w-3xl px-5">
        <PublicnessNote status={status} locale={meta.language} t={t} />
        <h1 className="story-title">{meta.title}</h1>
        <p className="story-summary">{meta.summary}</p>
        <LanguageSwitch slug={timeline.slug} versions={versions.versions} t={t} />
      </header>

      <section className="story-timeline mx-auto px-5" aria-label={t.timeline}>
        <Timeline timeline={timeline} />
      </section>

      <section className="story-facts mx-auto max-w-3xl px-5 pt-6" aria-label={t.aboutStory}>
        <TagList tags={meta.tags} className="tag-list" label={t.tags} />
        <dl className="story-meta">
          <div>
            <dt>{t.published}</dt>
            <dd>
              <DayTime day={meta.published} locale={meta.language} />
            </dd>
          </div>
          {meta.updated ? (
            <div>
              <dt>{t.updated}</dt>
              <dd>
                <DayTime day={meta.updated} locale={meta.language} />
              </dd>
            </div>
          ) : null}
          {meta.source ? (
            <div>
              <dt>{t.source}</dt>
              <dd>
                {meta.source.url ? (
                  <a href={meta.source.url} rel="noopener noreferrer">
                    {meta.source.outlet}
                  </a>
                ) : (
                  meta.source.outlet
                )}
                {meta.source.published ? (
                  <>
                    , <DayTime day={meta.source.published} locale={meta.language} />
                  </>
                ) : null}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t.covers}</dt>
            <dd>
              {/* A count never breaks between its number and its word ("2 / цитаты" at 390 px). */}
              {summary.span} · <span className="whitespace-nowrap">{plural(m.counts.events, summary.eventCount, locale)}</span> ·{' '}
              <span className="whitespace-nowrap">{plural(m.counts.quotes, summary.quoteCount, locale)}</span>
            </dd>
          </div>
          <div>
            <dt>{t.calendar}</dt>
            <dd>
              <a href={calendarUrl(siteUrl(), timeline.slug)} download={`${timeline.slug}.ics`} type="text/calendar">
                {t.addToCalendar}
              </a>
            </dd>
          </div>
        </dl>
        <p className="story-embed">
          <EmbedButton
            origin={siteUrl()}
            slug={timeline.slug}
            title={meta.title}
            tags={[...new Set(timeline.events.flatMap((e) => e.tags))]}
            words={m.embed}
          />
        </p>
      </section>

      <nav className="mx-auto max-w-3xl px-5 pt-10" aria-labelledby="events-heading" {...await readingPart('events', reading)} />
      <div className="prose-body mx-auto max-w-3xl px-5 pb-16 pt-6" {...await readingPart('prose', { ...reading, series })} />
      {pageCount(timeline.events.length) > 1 ? <StoryPager storyPath={storyPath(timeline.slug)} /> : null}
    </article>
  )
}
