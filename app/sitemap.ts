import type { MetadataRoute } from 'next'
import { lastChanged } from '@/lib/feeds/feed'
import { tagPagePath } from '@/lib/content/tag-pages'
import { indexPagePath } from '@/lib/content/index-pages'
import { publicListings } from '@/lib/content/listings.server'
import { laterPagePaths } from '@/lib/content/story-pages'
import { storyUrl } from '@/lib/urls'
import { siteUrl } from '@/lib/site'
import { languageAlternates, translationMember, versionsOfEach } from '@/lib/content/translations'

/** `/sitemap.xml` (sitemaps.org 0.9): every page of the index, every published story (with its versions in other languages, and every page of a long one), every page of every tag and the authoring guide. */
export const dynamic = 'force-static'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl()
  const { index, tags, stories: timelines } = await publicListings()
  const latest = timelines.map(lastChanged).sort().at(-1)
  const versions = versionsOfEach(timelines.map(translationMember))
  return [
    // Every page of the index changes when a story comes, since each moves the others along.
    ...index.pages.map((_, i) => ({ url: `${origin}${indexPagePath(i + 1)}`, ...(latest ? { lastModified: latest } : {}) })),
    ...timelines.flatMap((t) => {
      // A story's versions in other languages, as the page's own hreflang links name them (the public ones only).
      const languages = languageAlternates(versions.get(t.slug)!, (slug) => storyUrl(origin, slug))
      return [
        { url: storyUrl(origin, t.slug), lastModified: lastChanged(t), ...(Object.keys(languages).length ? { alternates: { languages } } : {}) },
        // A long story's later pages (lib/content/story-pages.ts) hold the rest of its article: found only through them.
        ...laterPagePaths(t.slug, t.summary.eventCount).map((path) => ({ url: `${origin}${path}`, lastModified: lastChanged(t) })),
      ]
    }),
    // A tag page changes when any of its stories does.
    ...tags.flatMap((tag) =>
      tag.pages.map((range, i) => ({
        url: `${origin}${tagPagePath(tag.key, i + 1)}`,
        lastModified: tag.listed.slice(range.start, range.end).map((s) => s.latest).sort().at(-1)!,
      })),
    ),
    { url: `${origin}/docs/authoring` },
  ]
}
