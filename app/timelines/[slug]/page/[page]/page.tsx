import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { readingPart } from '@/components/site/reading-parts.server'
import { PageNav, pageRangeText } from '@/components/site/StoryPages'
import { StoryPager } from '@/components/site/StoryPager'
import { ContentErrors } from '@/lib/content/errors'
import { loadTimeline } from '@/lib/content/load.server'
import { laterPageFromParam } from '@/lib/content/page-param'
import { publicness, showsUnpublished } from '@/lib/content/publicness'
import { pageCount, storyPagePath } from '@/lib/content/story-pages'
import { pagedStories } from '@/lib/content/story-pages.server'
import { directionOf, messagesFor } from '@/lib/i18n'
import { fill } from '@/lib/i18n/plural'
import { siteUrl } from '@/lib/site'
import { storyPath } from '@/lib/urls'

type Props = { params: Promise<{ slug: string; page: string }> }

// As on the story's first page: proxy.ts answers a page the build did not prerender with the prebuilt 404.
export const dynamicParams = true

export async function generateStaticParams() {
  return (await pagedStories()).flatMap(({ slug, pages }) => Array.from({ length: pages - 1 }, (_, i) => ({ slug, page: String(i + 2) })))
}

/** The story and the page number, when the story is public (or shown unpublished) and has that page. */
async function storyPage(params: Props['params']) {
  const { slug, page } = await params
  const n = laterPageFromParam(page)
  const result = n ? await loadTimeline(slug) : null
  if (!n || !result) return undefined
  if (!result.ok) throw new ContentErrors(result.errors)
  const timeline = result.timeline
  if (publicness(timeline.meta, new Date()).state !== 'public' && !showsUnpublished()) return undefined
  return n <= pageCount(timeline.events.length) ? { timeline, page: n } : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await storyPage(params)
  if (!found) return {}
  const { timeline, page } = found
  const t = messagesFor(timeline.meta.language).story
  const title = `${timeline.meta.title} (${fill(t.pageOf, { n: page, total: pageCount(timeline.events.length) })})`
  const publicStory = publicness(timeline.meta, new Date()).state === 'public'
  return {
    metadataBase: new URL(siteUrl()),
    title,
    description: timeline.meta.summary,
    alternates: { canonical: `${siteUrl()}${storyPagePath(timeline.slug, page)}` },
    ...(publicStory ? {} : { robots: { index: false, follow: false } }),
  }
}

/**
 * `/timelines/<slug>/page/<n>`: the nth stretch of a long story's list of events and of its article
 * (lib/content/story-pages.ts), a page of its own that reads without JavaScript. The timeline, which
 * draws every event, is on the story's first page; this page links back to it and to its neighbours.
 */
export default async function StoryPageN({ params }: Props) {
  const found = await storyPage(params)
  if (!found) notFound()
  const { timeline, page } = found
  const { meta } = timeline
  const t = messagesFor(meta.language).story
  return (
    <article lang={meta.language} dir={directionOf(meta.language)} className="story">
      <header className="story-header mx-auto max-w-3xl px-5">
        <h1 className="story-title">
          <a href={storyPath(timeline.slug)}>{meta.title}</a>
        </h1>
        <p className="story-summary">{pageRangeText(page, timeline, t)}</p>
        <PageNav timeline={timeline} page={page} t={t} />
      </header>
      <nav className="mx-auto max-w-3xl px-5 pt-10" aria-labelledby="events-heading" {...await readingPart('events', { timeline, page, t })} />
      <div className="prose-body mx-auto max-w-3xl px-5 pb-16 pt-6" {...await readingPart('prose', { timeline, page, t })} />
      <StoryPager storyPath={storyPath(timeline.slug)} />
    </article>
  )
}
