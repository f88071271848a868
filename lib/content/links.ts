import type { ContentError } from './errors'
import type { Timeline } from './model'
import { decodedSegment, slugFromSegment } from './slug'
import { closest } from './suggest'

/** Where a link lands on this site: a timeline (this one when `slug` is null) and maybe an anchor. */
export interface LinkTarget {
  slug: string | null
  id?: string
}

const TIMELINE_PATH = /^\/timelines\/([^/?#]+)\/?(?:\?[^#]*)?(?:#(.*))?$/

/**
 * The timeline and anchor a link points at, or null for links this check does
 * not judge (other sites, other pages, mail). Slugs and anchors are percent-decoded, as a
 * browser does before asking for the page and looking up the element id; a segment that is no
 * slug is kept as written, so the check reports it as a missing timeline.
 */
export function linkTarget(url: string): LinkTarget | null {
  const decode = (s: string) => decodedSegment(s) ?? s
  if (url.startsWith('#')) return url.length > 1 ? { slug: null, id: decode(url.slice(1)) } : null
  const m = TIMELINE_PATH.exec(url)
  if (!m) return null
  return { slug: slugFromSegment(m[1]!) ?? decode(m[1]!), ...(m[2] ? { id: decode(m[2]) } : {}) }
}

/** Every anchor a timeline page has for its story: events and quotes. */
export function anchorsOf(t: Pick<Timeline, 'events' | 'quotes'>): string[] {
  return [...t.events.map((e) => e.id), ...t.quotes.map((q) => q.id)]
}

/** The error for a link whose anchor is not on the target page, with the nearest id as a hint. */
export function missingAnchorError(file: string, link: { url: string; line: number; column: number }, id: string, anchors: readonly string[]): ContentError {
  const suggestion = closest(id, anchors)
  return {
    file,
    line: link.line,
    column: link.column,
    message: `link to a missing event id \`#${id}\``,
    found: JSON.stringify(link.url),
    expected: 'the id of an event or quote in that timeline',
    ...(suggestion ? { hint: `did you mean \`#${suggestion}\`?` } : {}),
  }
}

/**
 * Links between timelines, checked once every file is loaded: the target
 * timeline must exist and, when an anchor is given, hold that event id.
 */
export function checkCrossLinks(timelines: readonly Timeline[], knownSlugs: readonly string[]): ContentError[] {
  const bySlug = new Map(timelines.map((t) => [t.slug, t]))
  const errors: ContentError[] = []
  for (const t of timelines) {
    for (const link of t.links) {
      const target = bySlug.get(link.slug)
      if (!target) {
        // A target that exists but failed to load reports its own errors; only a missing file is this link's fault.
        if (knownSlugs.includes(link.slug)) continue
        const suggestion = closest(link.slug, knownSlugs)
        errors.push({
          file: t.file,
          line: link.line,
          column: link.column,
          message: `link to a missing timeline \`/timelines/${link.slug}\``,
          found: JSON.stringify(link.url),
          expected: 'the slug of a file in content/timelines',
          ...(suggestion ? { hint: `did you mean \`/timelines/${suggestion}\`?` } : {}),
        })
        continue
      }
      if (link.id !== undefined) {
        const anchors = anchorsOf(target)
        if (!anchors.includes(link.id)) errors.push(missingAnchorError(t.file, link, link.id, anchors))
      }
    }
  }
  return errors
}
