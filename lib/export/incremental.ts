/**
 * What an export after an earlier one must render again, and what it may keep of the earlier one's files
 * (scripts/export.ts). A story's own files (its page, card, widget, data, calendar, oEmbed answer) depend on
 * its text, on the stories its page links by name (the other stories of its series, its translations and
 * original) and on the code; everything else (the index, tag pages, feeds, sitemap, the API's list) reads
 * every story and is rendered every time.
 */
import { createHash } from 'node:crypto'

/** One story file as the export finds it before building: no parsing beyond the two frontmatter fields that link stories. */
export interface StoryInput {
  slug: string
  /** The file's text, or a hash of it. */
  text: string
  series?: string | undefined
  translationOf?: string | undefined
}

/** A file the export wrote, and how it was answered: what `_headers` needs to name it again. */
export interface WrittenFile {
  /** The URL path it was fetched at, percent-encoded. */
  path: string
  type: string
  /** Headers of the answer kept for `_headers` (scripts/export.ts decides which). */
  headers: Record<string, string>
}

/** What an export leaves beside its build for the next one. */
export interface ExportRecord {
  /** The code version the pages were rendered by (scripts/code-version.mjs). */
  code: string
  origin: string
  /** The export folder, absolute: a record describes one folder only. */
  out: string
  /** Each story that has files in the export, with its inputs' key (storyKeys). */
  stories: Record<string, string>
  /** Every file written, by its path under the export's root. */
  files: Record<string, WrittenFile>
}

export type ExportPlan =
  | { mode: 'full'; reason: string }
  | {
      mode: 'partial'
      /** Stories whose files are rendered again: new, changed, or linked to one that changed, came or went. */
      render: string[]
      /** Stories whose files the earlier export has and this one keeps as they are. */
      keep: string[]
      /** Stories of the earlier export that are gone: their files are deleted. */
      removed: string[]
    }

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32)

/**
 * Each story's inputs' key: a hash of its text and of the texts of the stories its page names (same series,
 * same original), with their slugs, so a neighbour that changes, comes or goes changes the key too.
 */
export function storyKeys(stories: readonly StoryInput[]): Map<string, string> {
  const own = new Map(stories.map((s) => [s.slug, hash(s.text)]))
  const groups = new Map<string, string[]>()
  const join = (group: string, slug: string) => groups.set(group, [...(groups.get(group) ?? []), slug])
  for (const s of stories) {
    if (s.series) join(`series:${s.series}`, s.slug)
    // An original and its translations name each other: the original's slug names the group.
    join(`translation:${s.translationOf ?? s.slug}`, s.slug)
  }
  const keys = new Map<string, string>()
  for (const s of stories) {
    const linked = new Set([...(s.series ? (groups.get(`series:${s.series}`) ?? []) : []), ...(groups.get(`translation:${s.translationOf ?? s.slug}`) ?? [])])
    // A translation of a story that does not exist links to nothing, but a story of that slug added later would change its page.
    if (s.translationOf && !own.has(s.translationOf)) linked.add(s.translationOf)
    const parts = [...linked].sort().map((slug) => `${slug}=${own.get(slug) ?? 'absent'}`)
    keys.set(s.slug, hash(parts.join('\n')))
  }
  return keys
}

/**
 * What to render, given the earlier export's record (if any) and this one's code, origin, folder and story keys.
 * Anything that makes the earlier files untrustworthy as a whole (no record, other code, another origin or
 * folder, a kept file missing from the folder) asks for a full export.
 */
export function planExport(
  previous: ExportRecord | undefined,
  current: { code: string; origin: string; out: string; keys: ReadonlyMap<string, string> },
  fileExists: (file: string) => boolean,
): ExportPlan {
  if (!previous) return { mode: 'full', reason: 'no earlier export' }
  if (previous.code !== current.code) return { mode: 'full', reason: 'the code changed' }
  if (previous.origin !== current.origin) return { mode: 'full', reason: `the origin changed (${previous.origin} before)` }
  if (previous.out !== current.out) return { mode: 'full', reason: 'the earlier export went to another folder' }
  const render: string[] = []
  const keep: string[] = []
  for (const [slug, key] of current.keys) (previous.stories[slug] === key ? keep : render).push(slug)
  const removed = Object.keys(previous.stories).filter((slug) => !current.keys.has(slug))
  const kept = new Set(keep)
  const missing = Object.keys(previous.files).find((file) => kept.has(ownerOf(previous.files[file]!.path) ?? '') && !fileExists(file))
  if (missing) return { mode: 'full', reason: `${missing} of the earlier export is missing` }
  return { mode: 'partial', render: render.sort(), keep: keep.sort(), removed: removed.sort() }
}

/**
 * The routes whose files belong to one story, by URL path (lib/urls.ts): its page and what hangs below it (the
 * OG card), its widget and the widget's source, its TimelineJS data, and the `<slug>.<ext>` files of the data
 * API, the calendars and oEmbed. Anything else is the site's, rendered every time.
 */
const STORY_PATHS = [/^\/(?:timelines|embed|api\/timelines)\/([^/]+)(?:\/|$)/, /^\/(?:api\/v1\/timelines|calendars|oembed)\/([^/]+)\.[a-z]+$/]

/** The story a URL path of the export belongs to, or undefined for the site's own files. */
export function ownerOf(urlPath: string): string | undefined {
  for (const pattern of STORY_PATHS) {
    const m = pattern.exec(urlPath)
    if (m) return decodeURIComponent(m[1]!)
  }
  return undefined
}

/** The earlier export's files that this one keeps: those of the kept stories. */
export function keptFiles(previous: ExportRecord, keep: readonly string[]): Record<string, WrittenFile> {
  const kept = new Set(keep)
  return Object.fromEntries(Object.entries(previous.files).filter(([, f]) => kept.has(ownerOf(f.path) ?? '')))
}
