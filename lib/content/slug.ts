/**
 * Slugs and ids in any script. A story's slug (its file name and URL segment), an event's or quote's id
 * (its `#anchor`), a series name: lowercase letters of any script (scripts without case, such as Arabic or
 * Chinese, count as lowercase), their combining marks, decimal digits and hyphens, in Unicode NFC, starting
 * with a letter or digit, at most 128 characters. So `обмен-пленными` and `تبادل-الأسرى` are slugs, and one
 * slug has one spelling: the file `Обмен.mdx` or an id in decomposed form is reported, never a second page.
 * URLs carry slugs percent-encoded (RFC 3986 §2.1); everything that reads one from a URL decodes it here.
 */

/** The longest slug or id, in characters: a file name of 128 Cyrillic or Arabic letters is 256 bytes + `.mdx`, near every file system's limit. */
export const MAX_SLUG_LENGTH = 128

/** What a slug is made of besides hyphens, for patterns with the `u` flag: lowercase (or caseless) letters, their marks, digits. */
const SLUG_LETTERS = '\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}\\p{Nd}'

/** The pattern's source: a letter or digit (not a mark), then up to 127 letters, marks, digits or hyphens. */
const SLUG_SOURCE = `[\\p{Ll}\\p{Lm}\\p{Lo}\\p{Nd}][${SLUG_LETTERS}-]{0,${MAX_SLUG_LENGTH - 1}}`

/** Each run of anything else, which slugify turns into one hyphen. */
const NOT_SLUG_LETTERS = new RegExp(`[^${SLUG_LETTERS}]+`, 'gu')

/** Ids are deep-link anchors (`#id`) and slugs name files and URLs: one rule for both. */
export const ID_PATTERN = new RegExp(`^${SLUG_SOURCE}$`, 'u')

/** Whether the text is a slug (or an id) as written: the pattern, in NFC. */
export function isSlug(text: string): boolean {
  return ID_PATTERN.test(text) && text === text.normalize('NFC')
}

/** What a writer is told when a slug or an id is not one. */
export const SLUG_RULE = 'lowercase letters of any script, digits and hyphens, starting with a letter or digit'

/**
 * A URL-, file- and id-safe slug of any text: `Lavrov agrees` → `lavrov-agrees`, `Обмен пленными` →
 * `обмен-пленными`. Compatibility forms are unified (ﬁ → fi, full-width ａ → a) and accents on Latin letters
 * folded (é → e, as a newsroom's URLs have them), while
 * the marks other scripts cannot lose (Devanagari vowel signs, Arabic harakat) stay; apostrophes vanish
 * and every other run of non-letters becomes one hyphen.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/([A-Za-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(NOT_SLUG_LETTERS, '-')
    .replace(/^[-\p{M}]+|-+$/gu, '')
  return [...slug].slice(0, MAX_SLUG_LENGTH).join('').replace(/-+$/, '')
}

/** Longest slug made from a story's title: a file name people read; longer titles are cut at a word. */
const TITLE_SLUG_MAX = 60

/** A story's file name from its title (`npm run new`, the TimelineJS import): its slug, at most 60 characters, ending at a whole word. */
export function slugFromTitle(title: string): string {
  const slug = slugify(title)
  if (slug.length <= TITLE_SLUG_MAX) return slug
  const cut = slug.slice(0, TITLE_SLUG_MAX + 1)
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : TITLE_SLUG_MAX)
}

/** Percent-decodes a URL's piece; undefined when it does not decode (`%zz`, a lone `%`). */
export function decodedSegment(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

/**
 * The slug a URL segment or route parameter names, decoded (`%D0%BE…` → `о…`) and in NFC, or undefined
 * when it names none. Route parameters may arrive encoded or not; a slug holds no `%`, so decoding twice is harmless.
 */
export function slugFromSegment(segment: string): string | undefined {
  const text = decodedSegment(segment)?.normalize('NFC')
  return text !== undefined && ID_PATTERN.test(text) ? text : undefined
}

/**
 * The id a URL fragment names (`#event-id`), or undefined. The fragment is whatever the address bar or a
 * link holds: an undecodable escape (`#100%`) or anything that is not an id is no id, never an error.
 */
export const idFromHash = (hash: string): string | undefined => slugFromSegment(hash.replace(/^#/, ''))

/** A slug or id as a URL carries it: percent-encoded UTF-8, unchanged for ASCII slugs. */
export const slugInUrl = (slug: string) => encodeURIComponent(slug)

/** The slug a story's or widget's path names (`/timelines/<slug>`, `/embed/<slug>`, encoded or not), or undefined. */
export function slugOfPath(pathname: string): string | undefined {
  const m = /^\/(?:timelines|embed)\/([^/]+)\/?$/.exec(pathname)
  return m ? slugFromSegment(m[1]!) : undefined
}
