import type { TimelineSummary } from './model'
import { decodedSegment } from './slug'

/**
 * A tag's path segment, for tags in any script: `Prisoner swaps` → `prisoner-swaps`,
 * `Обмен пленными` → `обмен-пленными`, `الأسرى` → `الأسرى`. Letters, marks and digits of every
 * script are kept (NFC, lower case); everything else becomes one hyphen. Tags that differ only in
 * case or spacing share a page. Empty when the tag holds no letter or digit at all.
 */
export function tagKey(tag: string): string {
  return tag
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

/** The tag page's path, percent-encoded as a link or a sitemap needs it: `/tags/обмен` → `/tags/%D0%BE…`. */
export const tagPath = (tag: string) => `/tags/${encodeURIComponent(tagKey(tag))}`

/**
 * The key a route's `[tag]` parameter names. Next hands the segment over as written in the URL, so it
 * may still be percent-encoded; an undecodable escape is no tag (an empty key, which no page has).
 */
export function tagKeyFromParam(param: string): string {
  const decoded = decodedSegment(param)
  return decoded === undefined ? '' : tagKey(decoded)
}

/** One tag page: the tag as first written, and the stories that carry it, in the order given. */
export interface TagGroup<S> {
  key: string
  label: string
  stories: S[]
}

/**
 * Every tag of the stories given, by key, with its stories in the order given; tags whose key is
 * empty have no page. Tags are ordered by their number of stories, then alphabetically.
 */
export function tagGroups<S extends Pick<TimelineSummary, 'tags'>>(stories: readonly S[]): TagGroup<S>[] {
  const groups = new Map<string, TagGroup<S>>()
  for (const story of stories) {
    const keys = new Set<string>()
    for (const tag of story.tags) {
      const key = tagKey(tag)
      if (!key || keys.has(key)) continue
      keys.add(key)
      const group = groups.get(key)
      if (group) group.stories.push(story)
      else groups.set(key, { key, label: tag, stories: [story] })
    }
  }
  return [...groups.values()].sort((a, b) => b.stories.length - a.stories.length || a.key.localeCompare(b.key))
}
