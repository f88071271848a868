import { siteSummary } from './load.server'
import type { Timeline } from './model'
import { byLatest, indexEntry, type IndexEntry } from './story-index'
import { oneVersionEach, translationMember } from './translations'

/**
 * The stories a list of stories shows (the index, a tag page), latest first: one version of each story, in the
 * site's language where it has one, its other languages named on its card (lib/content/translations.ts). `entryOf`
 * makes a story's entry in `language`: a caller listing the same stories in several lists makes each once.
 */
export function listedStories(
  timelines: readonly Timeline[],
  language: string,
  entryOf: (t: Timeline) => IndexEntry = (t) => indexEntry(t, siteSummary(t, language)),
): { timeline: Timeline; entry: IndexEntry }[] {
  const bySlug = new Map(timelines.map((t) => [t.slug, t]))
  return oneVersionEach(timelines.map(translationMember), language)
    .map(({ story, others }) => {
      const timeline = bySlug.get(story.slug)!
      const entry = entryOf(timeline)
      return { timeline, entry: others.length ? { ...entry, otherLanguages: others.map((o) => ({ slug: o.slug, language: o.language })) } : entry }
    })
    .sort((a, b) => byLatest(a.entry, b.entry))
}
