import { publishedMs } from './publicness'

/** What a series link needs to know of a story. */
export interface SeriesMember {
  slug: string
  title: string
  published: string
  series?: string
}

export interface SeriesLinks<T extends SeriesMember> {
  /** Stories of the same series published before this one, oldest first. */
  earlier: T[]
  /** Stories of the same series published after this one, oldest first. */
  later: T[]
}

/**
 * The other stories of a story's series, split around it by publication time (the slug breaks a
 * tie), from a list the caller has already limited to what it may show: give it getPublished's
 * public stories and a draft never appears as a neighbour.
 */
export function seriesLinks<T extends SeriesMember>(story: SeriesMember, all: readonly T[]): SeriesLinks<T> {
  if (!story.series) return { earlier: [], later: [] }
  const key = (m: SeriesMember) => [publishedMs(m.published), m.slug] as const
  const before = (a: SeriesMember, b: SeriesMember) => {
    const [ta, sa] = key(a)
    const [tb, sb] = key(b)
    return ta < tb || (ta === tb && sa < sb)
  }
  const siblings = all.filter((m) => m.series === story.series && m.slug !== story.slug).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
  return { earlier: siblings.filter((m) => before(m, story)), later: siblings.filter((m) => !before(m, story)) }
}
