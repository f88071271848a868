/**
 * The frontmatter step of building a timeline: the YAML checked against its
 * schema, each problem located at its key in the file.
 */
import { locateKey } from './frontmatter-location'
import { quoteFound, type Report } from './element-props'
import { FRONTMATTER_KEYS, frontmatterSchema } from './schema'
import { closest } from './suggest'

/** A zod issue path as frontmatter keys and list positions. */
const yamlPath = (path: readonly PropertyKey[]) => path.filter((k): k is string | number => typeof k !== 'symbol')

/**
 * Validates the frontmatter, reporting unknown keys (with the closest known
 * one), missing keys and invalid values where they are written.
 *
 * @param frontmatter as parsed from YAML, not yet validated
 * @param source the raw file text, for locating keys
 */
export function checkFrontmatter(frontmatter: Record<string, unknown>, source: string, at: Report) {
  const fm = frontmatterSchema.safeParse(frontmatter)
  if (!fm.success) {
    for (const issue of fm.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const where = locateKey(source, [...yamlPath(issue.path), key])
          const known = issue.path.length === 0 ? FRONTMATTER_KEYS : issue.path[0] === 'corrections' ? ['date', 'text'] : ['outlet', 'url', 'published']
          const suggestion = closest(key, known)
          at(where.line, where.column, {
            message: `unknown frontmatter key \`${[...issue.path, key].join('.')}\``,
            prop: key,
            expected: `one of ${known.join(', ')}`,
            ...(suggestion ? { hint: `did you mean \`${suggestion}\`?` } : {}),
          })
        }
        continue
      }
      const path = issue.path.map(String)
      const where = locateKey(source, yamlPath(issue.path))
      let value: unknown = frontmatter
      for (const k of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[k] : undefined
      const missing = value === undefined
      at(where.line, where.column, {
        message: missing ? `frontmatter is missing \`${path.join('.')}\`` : `invalid frontmatter \`${path.join('.')}\``,
        prop: path.join('.'),
        found: quoteFound(value),
        // zod messages read "expected …"; the formatter already prints "expected:".
        expected: issue.message.replace(/^expected /, ''),
      })
    }
  }
  return fm
}

/**
 * Where `translationOf` is written, and the one check of it that needs no
 * other file: a story cannot translate itself. The other checks need every
 * file (lib/content/translations.ts, run by `npm run check`).
 */
export function checkTranslationOf(fm: ReturnType<typeof checkFrontmatter>, slug: string, source: string, at: Report): { line: number; column: number } | undefined {
  const translationOfAt = fm.success && fm.data.translationOf !== undefined ? locateKey(source, ['translationOf']) : undefined
  if (fm.success && fm.data.translationOf === slug && translationOfAt) {
    at(translationOfAt.line, translationOfAt.column, {
      message: 'a story cannot be a translation of itself',
      prop: 'translationOf',
      found: quoteFound(fm.data.translationOf),
      expected: 'the slug of the story this one translates',
    })
  }
  return translationOfAt
}
