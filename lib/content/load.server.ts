import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { formatCovered } from '../time/format'
import { buildTimeline } from './build-timeline'
import { codeVersionOf } from '../cache/code-version'
import { cacheKey, readCachedJson, writeCachedJson } from '../cache/disk-cache.server'
import { compileMdx, parseMdxCached } from './compile.server'
import { ContentErrors, type ContentError } from './errors'
import { CONTENT_DIR, listSlugs } from './content-files.server'
import { isSlug, slugFromSegment, slugify, SLUG_RULE } from './slug'
import type { Timeline, TimelineEvent, TimelineSummary } from './model'
import { isPublic, showsUnpublished } from './publicness'

export { CONTENT_DIR, resolveContentDir, listMdxFiles, listSlugs } from './content-files.server'

/** On failure the file's text comes back too, so an error page can show each error in place. */
export type LoadResult = { ok: true; timeline: Timeline } | { ok: false; errors: ContentError[]; source?: string }

/** The error for a timeline file whose name is not a slug, or undefined when it is one. */
function fileNameError(file: string, slug: string): ContentError | undefined {
  if (isSlug(slug)) return undefined
  const suggestion = slugify(slug)
  return {
    file,
    line: 1,
    column: 1,
    message: `the file name "${slug}.mdx" is not a slug, so the story would have no page`,
    found: JSON.stringify(slug),
    expected: `a file name of ${SLUG_RULE}, in Unicode NFC`,
    ...(suggestion ? { hint: `rename it to ${suggestion}.mdx` } : {}),
  }
}

const PUBLIC_DIR = path.join(process.cwd(), 'public')

/** Local images are served from public/; a path that climbs out of it never exists. */
function publicFileExists(src: string): boolean {
  let relative: string
  try {
    relative = decodeURIComponent(src.split(/[?#]/)[0]!)
  } catch {
    return false
  }
  const file = path.join(PUBLIC_DIR, relative)
  return file.startsWith(PUBLIC_DIR + path.sep) && existsSync(/*turbopackIgnore: true*/ file)
}

/**
 * Compiles, collects and validates one MDX file. Never throws for bad content:
 * errors come back as values. `compile: false` validates without bundling
 * (what `npm run check` and every listing need): the same errors, no article code.
 */
export async function loadTimelineFile(filePath: string, slug = path.basename(filePath, '.mdx'), { compile = true }: { compile?: boolean } = {}): Promise<LoadResult> {
  const file = path.relative(process.cwd(), filePath) || filePath
  const key = `${filePath}\0${slug}\0${compile}`
  // A kept file whose size and modification time are unchanged is not read again: a build lists the
  // whole archive on every listing page, and reading and hashing 1,000 files each time cost 0.4 s a page.
  const stamp = KEEP_LOADED ? await fileStamp(filePath) : undefined
  const hit = stamp === undefined ? undefined : loaded.get(key)
  if (hit && stamp && hit.stamp === stamp) return hit.result
  let source: string
  try {
    source = await readFile(/*turbopackIgnore: true*/ filePath, 'utf8')
  } catch (error) {
    return { ok: false, errors: [{ file, line: 1, column: 1, message: `cannot read file: ${(error as Error).message}` }] }
  }
  const nameError = fileNameError(file, slug)
  if (nameError) {
    const result = await loadSource(source, file, slug, { compile })
    return { ok: false, errors: [nameError, ...(result.ok ? [] : result.errors)], source }
  }
  if (stamp === undefined) return loadSource(source, file, slug, { compile })
  // Touched but the same text (a checkout, a copy): still the kept result.
  const hash = cacheKey([source])
  if (hit?.hash === hash) {
    hit.stamp = stamp
    return hit.result
  }
  const result = loadSource(source, file, slug, { compile })
  keepLoaded(key, { hash, stamp, result }, compile)
  return result
}

/** A file's size and modification time, which change when it is written; '' when it cannot be read (so never a hit). */
export const fileStamp = (filePath: string): Promise<string> => stat(/*turbopackIgnore: true*/ filePath).then(
  (s) => `${s.size}:${s.mtimeMs}`,
  () => '',
)

/**
 * Compiles (or, with `compile: false`, parses) MDX text and validates it as the timeline `slug`. `cache: false`
 * (the studio's drafts) keeps nothing on disk.
 */
async function loadSource(source: string, file: string, slug: string, { compile, cache }: { compile: boolean; cache?: boolean }): Promise<LoadResult> {
  // In a build, the validated timeline is kept on disk too (by the code version: validation is code),
  // so a rebuild validates only what changed. The article's code is kept apart, by compileMdx.
  const version = cache === false ? undefined : codeVersionOf()
  const key = version ? cacheKey([version, slug, file, source]) : undefined
  const kept = key ? await readCachedJson<Timeline>('timelines', key) : undefined
  if (kept) {
    if (!compile) return { ok: true, timeline: kept }
    const compiled = await compileMdx(source, file)
    if (compiled.ok) return { ok: true, timeline: { ...kept, code: compiled.value.code } }
  }
  const compiled = compile ? await compileMdx(source, file, cache === undefined ? {} : { cache }) : await parseMdxCached(source, file)
  if (!compiled.ok) return { ...compiled, source }
  const built = buildTimeline({
    slug,
    file,
    source,
    frontmatter: compiled.value.frontmatter,
    collected: compiled.value.collected,
    code: compile && 'code' in compiled.value ? (compiled.value as { code: string }).code : '',
    publicFileExists,
  })
  if (!built.ok) return { ...built, source }
  // A picture under public/ is checked against the disk, which the key does not cover.
  if (key && !built.timeline.events.some((e) => e.image && !/^https:/i.test(e.image.src))) await writeCachedJson('timelines', key, { ...built.timeline, code: '' })
  return built
}

/**
 * Loaded files, kept in a production process (a build's workers, `next start`) while their text is the
 * same: a build loads each story again and again for its page, metadata, OG card, calendar and API answer,
 * one after another. Only the last few are kept: with code, since the article's code is large and a page
 * needs its own story only; without code, since what lists every story (lib/content/listings.server.ts)
 * keeps its own entries, and every story kept was 300 MB of each page worker at 1,000 stories. Not in
 * development, where a writer adds images to public/ that a kept result would still miss.
 */
const KEEP_LOADED = process.env.NODE_ENV === 'production'
const KEPT_WITH_CODE = 8
const KEPT_WITHOUT_CODE = 64
type Kept = { hash: string; stamp: string; result: Promise<LoadResult> }
const loaded = new Map<string, Kept>()

/** Keeps an entry, dropping the oldest of its kind past the limit (a Map iterates in the order of insertion). */
function keepLoaded(key: string, entry: Kept, withCode: boolean) {
  loaded.delete(key)
  loaded.set(key, entry)
  const suffix = `\0${withCode}`
  const same = [...loaded.keys()].filter((k) => k.endsWith(suffix))
  for (const k of same.slice(0, Math.max(0, same.length - (withCode ? KEPT_WITH_CODE : KEPT_WITHOUT_CODE)))) loaded.delete(k)
}

/**
 * Validates MDX text that is not (yet) a file, as the studio does on every
 * pause in typing: the same compiler and checks as a file on disk, nothing cached.
 */
export const loadTimelineSource = (source: string, file: string, slug: string): Promise<LoadResult> => loadSource(source, file, slug, { compile: true, cache: false })

/** The timeline for a slug with its errors as values, or null when there is no such file. */
export async function loadTimeline(param: string, dir = CONTENT_DIR, { compile = true }: { compile?: boolean } = {}): Promise<LoadResult | null> {
  // Routes hand over their segment as the URL has it, percent-encoded or not (`%D0%BE…` for `о…`).
  const slug = slugFromSegment(param)
  if (slug === undefined) return null
  const slugs = await listSlugs(dir)
  if (!slugs.includes(slug)) return null
  return loadTimelineFile(path.join(dir, `${slug}.mdx`), slug, { compile })
}

/** The timeline for a slug, or null when there is no such file. Bad content throws, with every located error in the message. */
export async function getTimeline(slug: string, dir = CONTENT_DIR, { compile = true }: { compile?: boolean } = {}): Promise<Timeline | null> {
  const result = await loadTimeline(slug, dir, { compile })
  if (!result) return null
  if (!result.ok) throw new ContentErrors(result.errors)
  return result.timeline
}

/**
 * The timeline for a slug, kept in memory until its file changes, with that version (the file's
 * modification time): for what is answered on request (the widget, oEmbed), where compiling the
 * story would cost far more than the answer and, under load, fill the heap with garbage. Holds
 * at most one entry per story file; a slug with no file is never kept. A production server answers a
 * draft or a story still under embargo (lib/content/publicness.ts) as it answers a slug with no file.
 */
const kept = new Map<string, { version: number; timeline: Promise<Timeline | null> }>()

export async function keptTimeline(param: string, dir = CONTENT_DIR): Promise<{ timeline: Timeline; version: number } | null> {
  const slug = slugFromSegment(param)
  if (slug === undefined) return null
  const key = `${dir}\n${slug}`
  const version = await stat(path.join(dir, `${slug}.mdx`)).then((s) => s.mtimeMs, () => -1)
  if (version < 0) {
    kept.delete(key)
    return null
  }
  let entry = kept.get(key)
  if (!entry || entry.version !== version) {
    entry = { version, timeline: getTimeline(slug, dir) }
    kept.set(key, entry)
    const mine = entry
    entry.timeline.catch(() => kept.get(key) === mine && kept.delete(key))
  }
  const timeline = await entry.timeline
  if (timeline && !showsUnpublished() && !isPublic(timeline.meta, new Date())) return null
  return timeline ? { timeline, version } : null
}

/** The dates a story's events cover, as a short label: `Jun 16, 2021 – Jul 29, 2022`; empty for none. */
export function spanLabel(events: readonly Pick<TimelineEvent, 'span'>[], lang: string): string {
  return formatCovered(
    events.map((e) => e.span),
    lang,
  )
}

export function summarize(t: Timeline): TimelineSummary {
  const lang = t.meta.language
  const span = spanLabel(t.events, lang)
  return {
    slug: t.slug,
    title: t.meta.title,
    summary: t.meta.summary,
    published: t.meta.published,
    ...(t.meta.series ? { series: t.meta.series } : {}),
    tags: t.meta.tags,
    language: lang,
    eventCount: t.events.length,
    quoteCount: t.quotes.length,
    extent: t.extent,
    span,
  }
}

/** A story as a site page (the index, a tag page) lists it: its span written in the site's language, not the story's. */
export const siteSummary = (t: Timeline, siteLanguage: string): TimelineSummary => ({ ...summarize(t), span: spanLabel(t.events, siteLanguage) })
