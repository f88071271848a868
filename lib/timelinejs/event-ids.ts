/**
 * Event ids from TimelineJS `unique_id`s: each becomes a slug, and no two
 * events end up alike, so the file loads (the loader refuses duplicate
 * explicit ids). Every change to a given id is named in a warning.
 */
import { defaultId } from '../content/build-events'
import { ID_PATTERN, SLUG_RULE, slugify } from '../content/slug'
import type { PathKey } from './schema'
import type { Draft } from './write-story'

/** The `unique_id` a slide gave, and where. */
export interface GivenId {
  given: string
  path: PathKey[]
}

/**
 * Sets `id` on each draft whose slide gave one, made unique against the
 * other given ids and the default ids of the rest.
 *
 * @param drafts every event, in file order
 * @param slideIds the id each draft's slide gave
 * @param locate how to name a place in the input
 * @param warnings where to say what changed
 */
export function assignIds(drafts: Draft[], slideIds: Map<Draft, GivenId>, locate: (path: readonly PathKey[]) => string, warnings: string[]): void {
const defaults = new Set(drafts.filter((d) => !slideIds.has(d)).map((d) => defaultId(d.date, d.title)))
const used = new Set<string>()
for (const draft of drafts) {
  const given = slideIds.get(draft)
  if (!given) continue
  const slug = slugify(given.given)
  if (!ID_PATTERN.test(slug)) {
    warnings.push(`${locate([...given.path, 'unique_id'])}: "${given.given}" has no letters or digits to make an id from; the event gets a default id`)
    continue
  }
  let id = slug
  for (let n = 2; used.has(id) || defaults.has(id); n++) id = `${slug}-${n}`
  if (id !== given.given) {
    const why = id === slug ? `ids are ${SLUG_RULE}` : 'another event already has that id'
    warnings.push(`${locate([...given.path, 'unique_id'])}: "${given.given}" became id "${id}" (${why})`)
  }
  used.add(id)
  draft.id = id
}
}
