/**
 * URL- and id-safe slug: lowercase ASCII letters, digits and single hyphens.
 * Accents are folded (é → e) so ids stay readable in a URL bar.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Ids are deep-link anchors (`#id`): they must start with a letter or digit and use slug characters only. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/

/**
 * The id a URL fragment names (`#event-id`), or undefined. The fragment is whatever the address bar or a
 * link holds: an undecodable escape (`#100%`) or anything that is not an id is no id, never an error.
 */
export function idFromHash(hash: string): string | undefined {
  let id: string
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''))
  } catch {
    return undefined
  }
  return ID_PATTERN.test(id) ? id : undefined
}
