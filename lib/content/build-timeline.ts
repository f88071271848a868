import type { Collected } from './collect'
import { buildEvents } from './build-events'
import { checkFrontmatter, checkTranslationOf } from './build-frontmatter'
import { buildQuotes } from './build-quotes'
import type { Report } from './element-props'
import type { ContentError } from './errors'
import { sortErrors } from './errors'
import { anchorsOf, linkTarget, missingAnchorError } from './links'
import type { Timeline, TimelineEvent, TimelineLink, TimelineQuote } from './model'
import { byTime, extentOf } from './order'
import { closest } from './suggest'
import { readInZone } from '../time/zone'

export interface BuildInput {
  slug: string
  /** Path used in error messages. */
  file: string
  /** The raw file text (for locating frontmatter keys). */
  source: string
  /** Frontmatter as parsed from YAML, not yet validated. */
  frontmatter: Record<string, unknown>
  collected: Collected
  code: string
  /** Whether a path under public/ exists; without it local images are not checked (e.g. in the browser-free studio tests). */
  publicFileExists?: (src: string) => boolean
}

export type BuildResult = { ok: true; timeline: Timeline } | { ok: false; errors: ContentError[] }

const KNOWN_COMPONENTS = ['Event', 'Quote', 'Source']

/**
 * Links to anchors in this timeline are checked here; links to other
 * timelines are returned to wait for `npm run check`, which sees every file.
 */
function checkLinks(collected: Collected, slug: string, file: string, events: TimelineEvent[], quotes: TimelineQuote[], errors: ContentError[]): TimelineLink[] {
  const anchors = anchorsOf({ events, quotes })
  const links: TimelineLink[] = []
  for (const link of collected.links) {
    const target = linkTarget(link.url)
    if (!target) continue
    if (target.slug === null || target.slug === slug) {
      if (target.id !== undefined && !anchors.includes(target.id)) errors.push(missingAnchorError(file, link, target.id, anchors))
    } else links.push({ url: link.url, slug: target.slug, ...(target.id !== undefined ? { id: target.id } : {}), line: link.line, column: link.column })
  }
  return links
}

/**
 * Validates what the collector found and assembles the Timeline model. Every
 * problem in the file is reported, not only the first: a writer fixes a file in
 * one pass.
 */
export function buildTimeline(input: BuildInput): BuildResult {
  const { file, source, collected } = input
  const errors: ContentError[] = []
  const at: Report = (line, column, rest) => errors.push({ file, line, column, ...rest })

  const fm = checkFrontmatter(input.frontmatter, source, at)
  for (const { line, column, ...rest } of collected.problems) at(line, column, rest)
  for (const u of collected.unknownComponents) {
    const suggestion = closest(u.name, KNOWN_COMPONENTS)
    at(u.line, u.column, {
      message: `unknown component <${u.name}>`,
      found: `<${u.name}>`,
      expected: '<Event>, <Quote> or <Source> (or plain Markdown and HTML)',
      ...(suggestion ? { hint: `did you mean <${suggestion}>?` } : {}),
    })
  }

  const { events, eventByIndex } = buildEvents(collected, at, input.publicFileExists)
  const quotes = buildQuotes(collected, eventByIndex, at)
  const links = checkLinks(collected, input.slug, file, events, quotes, errors)
  const translationOfAt = checkTranslationOf(fm, input.slug, source, at)

  if (errors.length > 0 || !fm.success) return { ok: false, errors: sortErrors(errors) }

  events.sort(byTime)
  quotes.sort(byTime)
  const extent = extentOf([...events.map((e) => e.span), ...quotes.map((q) => q.span)])

  return {
    ok: true,
    timeline: { slug: input.slug, file, meta: fm.data, events: readInZone(events, fm.data.timezone), quotes: readInZone(quotes, fm.data.timezone), code: input.code, extent, links, ...(translationOfAt ? { translationOfAt } : {}) },
  }
}
