import type { MetadataRoute } from 'next'
import { getPublished } from '@/lib/content/published.server'
import { lastChanged } from '@/lib/feeds/feed'
import { tagGroups } from '@/lib/content/tags'
import { storyUrl, tagUrl } from '@/lib/urls'
import { siteUrl } from '@/lib/site'

/** `/sitemap.xml` (sitemaps.org 0.9): the index, every published story, every tag page and the authoring guide. */
export const dynamic = 'force-static'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl()
  const { timelines } = await getPublished()
  const latest = timelines.map(lastChanged).sort().at(-1)
  return [
    { url: `${origin}/`, ...(latest ? { lastModified: latest } : {}) },
    ...timelines.map((t) => ({ url: storyUrl(origin, t.slug), lastModified: lastChanged(t) })),
    // A tag page changes when any of its stories does.
    ...tagGroups(timelines.map((t) => ({ tags: t.meta.tags, changed: lastChanged(t) }))).map((g) => ({
      url: tagUrl(origin, g.key),
      lastModified: g.stories.map((s) => s.changed).sort().at(-1)!,
    })),
    { url: `${origin}/docs/authoring` },
  ]
}
