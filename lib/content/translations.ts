import type { ContentError } from './errors'
import type { Timeline } from './model'
import { closest } from './suggest'
import { baseLanguage } from '../i18n/base-language'

/**
 * A story in one language, its original and its other translations: the stories whose frontmatter says
 * `translationOf: <original's slug>`, and that original. docs/authoring.md, “Translations”.
 */

/** What a language link needs to know of a story. */
export interface TranslationMember {
  slug: string
  title: string
  /** BCP 47, as the frontmatter's `language:`. */
  language: string
  translationOf?: string
}

export interface StoryVersions<T extends TranslationMember> {
  /** Every version the caller may show, this story included: the original first, then by language tag. */
  versions: T[]
  /** The original, when it is among them. */
  original?: T
}

/** The original's slug: what a story and all its versions share. */
const rootOf = (m: TranslationMember) => m.translationOf ?? m.slug

/** The two tags name the same language (BCP 47 tags are compared case-insensitively, RFC 5646 §2.1.1). */
const sameLanguage = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/**
 * The versions of a story in other languages, from a list the caller has already limited to what it may
 * show: give it getPublished's public stories and a draft or embargoed translation is never linked nor
 * named. The story itself is always among the versions, even when it is not in `all` (a draft seen in dev).
 */
export function storyVersions<T extends TranslationMember>(story: T, all: readonly T[]): StoryVersions<T> {
  const root = rootOf(story)
  const members = all.filter((m) => m.slug !== story.slug && (m.slug === root || m.translationOf === root))
  const original = story.slug === root ? story : members.find((m) => m.slug === root)
  const translations = [story, ...members].filter((m) => m !== original).sort((a, b) => a.language.localeCompare(b.language) || a.slug.localeCompare(b.slug))
  return { versions: original ? [original, ...translations] : translations, ...(original ? { original } : {}) }
}

/**
 * storyVersions of every story in a list at once (the sitemap's need), grouping by original first so
 * each story looks among its own versions rather than through every story.
 */
export function versionsOfEach<T extends TranslationMember>(all: readonly T[]): Map<string, StoryVersions<T>> {
  const groups = new Map<string, T[]>()
  for (const m of all) groups.set(rootOf(m), [...(groups.get(rootOf(m)) ?? []), m])
  return new Map(all.map((m) => [m.slug, storyVersions(m, groups.get(rootOf(m))!)]))
}

/**
 * `hreflang` alternates (RFC 8288 with the hreflang values of BCP 47, as search engines read them): every
 * version's address by its language, this page's own included, and `x-default` for the original. Empty
 * when the story has no other version to point to, so a page without translations carries no alternates.
 */
export function languageAlternates(versions: StoryVersions<TranslationMember>, urlOf: (slug: string) => string): Record<string, string> {
  if (versions.versions.length < 2) return {}
  const links: Record<string, string> = {}
  // A language is named once: the first version in it wins (npm run check reports a second).
  for (const v of versions.versions) if (!Object.keys(links).some((l) => sameLanguage(l, v.language))) links[v.language] = urlOf(v.slug)
  if (versions.original) links['x-default'] = urlOf(versions.original.slug)
  return links
}

/**
 * The checks of `translationOf` that need every file (`npm run check`): the original must exist, be an
 * original itself, and be in another language than the translation; no two translations of one story
 * may share a language. The story translating itself is caught with the file alone (build-timeline.ts).
 */
export function checkTranslations(timelines: readonly Timeline[], knownSlugs: readonly string[]): ContentError[] {
  const bySlug = new Map(timelines.map((t) => [t.slug, t]))
  const errors: ContentError[] = []
  const claimed = new Map<string, Timeline>()
  for (const t of timelines) {
    const of = t.meta.translationOf
    if (of === undefined || of === t.slug) continue
    const where = { file: t.file, line: t.translationOfAt?.line ?? 1, column: t.translationOfAt?.column ?? 1, prop: 'translationOf', found: JSON.stringify(of) }
    const original = bySlug.get(of)
    if (!original) {
      // An original that exists but failed to load reports its own errors.
      if (knownSlugs.includes(of)) continue
      const suggestion = closest(of, knownSlugs.filter((s) => s !== t.slug))
      errors.push({
        ...where,
        message: `translation of a missing timeline \`${of}\``,
        expected: 'the slug of a file in content/timelines',
        ...(suggestion ? { hint: `did you mean \`${suggestion}\`?` } : {}),
      })
      continue
    }
    if (original.meta.translationOf !== undefined) {
      errors.push({
        ...where,
        message: `\`${of}\` is itself a translation, of \`${original.meta.translationOf}\``,
        expected: 'the slug of the original story',
        hint: `write translationOf: ${original.meta.translationOf}`,
      })
      continue
    }
    if (sameLanguage(original.meta.language, t.meta.language)) {
      errors.push({
        ...where,
        message: `a translation in the same language as its original (${t.meta.language})`,
        expected: `a \`language:\` other than ${original.meta.language}, or no translationOf`,
      })
      continue
    }
    const key = `${of}\n${t.meta.language.toLowerCase()}`
    const first = claimed.get(key)
    if (first) {
      errors.push({
        ...where,
        message: `a second translation of \`${of}\` into ${t.meta.language}`,
        expected: 'one story per language',
        hint: `${first.file} already translates it into ${first.meta.language}`,
      })
      continue
    }
    claimed.set(key, t)
  }
  return errors
}

/**
 * One version of each story, for the lists that show stories side by side (the index, a tag page): the one in
 * the reader's language (`language`, compared by base language), else the original, else the first by language;
 * with the others beside it, which the list names ("Read in: Español"). Without this a list shows a story once
 * per language, and a tag's chronology each of its events once per language. Order follows `all`.
 */
export function oneVersionEach<T extends TranslationMember>(all: readonly T[], language: string): { story: T; others: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const m of all) groups.set(rootOf(m), [...(groups.get(rootOf(m)) ?? []), m])
  const chosen = new Map<string, T>()
  for (const [root, members] of groups) {
    const pick = members.find((m) => baseLanguage(m.language) === baseLanguage(language)) ?? members.find((m) => m.slug === root) ?? [...members].sort((a, b) => a.language.localeCompare(b.language))[0]!
    chosen.set(root, pick)
  }
  return all
    .filter((m) => chosen.get(rootOf(m)) === m)
    .map((story) => ({ story, others: storyVersions(story, groups.get(rootOf(story))!).versions.filter((v) => v !== story) }))
}

/** What storyVersions reads of a loaded story. */
export function translationMember(t: Pick<Timeline, 'slug' | 'meta'>): TranslationMember {
  return { slug: t.slug, title: t.meta.title, language: t.meta.language, ...(t.meta.translationOf !== undefined ? { translationOf: t.meta.translationOf } : {}) }
}
