import type { Timeline } from './model'
import { byLatest, type IndexEntry } from './story-index'
import { oneVersionEach, translationMember } from './translations'

/**
 * The stories a list of stories shows (the index, a tag page), latest first: one version of each story, in the
 * site's language where it has one, its other languages named on its card (lib/content/translations.ts). `entryOf`
 * gives a story's entry in `language`.
 */
export function listedStories<T extends Pick<Timeline, 'slug' | 'meta'>>(timelines: readonly T[], language: string, entryOf: (t: T) => IndexEntry): { timeline: T; entry: IndexEntry }[] {
  const bySlug = new Map(timelines.map((t) => [t.slug, t]))
  return oneVersionEach(timelines.map(translationMember), language)
    .map(({ story, others }) => {
      const timeline = bySlug.get(story.slug)!
      const entry = entryOf(timeline)
      return { timeline, entry: others.length ? { ...entry, otherLanguages: others.map((o) => ({ slug: o.slug, language: o.language })) } : entry }
    })
    .sort((a, b) => byLatest(a.entry, b.entry))
}
