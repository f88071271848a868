import type { Frontmatter } from './schema'
import type { Timeline } from './model'

/** Why a story is or is not on the public site at a given moment. */
export type Publicness = { state: 'public' } | { state: 'draft' } | { state: 'embargoed'; until: string }

/** The millisecond a story's `published` stands for: a plain day starts at 00:00 UTC. */
export function publishedMs(published: string): number {
  return Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published)
}

/**
 * The one rule for what the public site shows (docs/authoring.md, “Drafts and embargoes”): a story
 * with `draft: true` is never public; one whose `published` moment is still to come is embargoed
 * until then; any other is public. Pure: the caller says what “now” is.
 */
export function publicness(meta: Pick<Frontmatter, 'draft' | 'published'>, now: Date): Publicness {
  if (meta.draft) return { state: 'draft' }
  if (publishedMs(meta.published) > now.getTime()) return { state: 'embargoed', until: meta.published }
  return { state: 'public' }
}

/** True when the story may be built into the public site at `now`. */
export function isPublic(meta: Pick<Frontmatter, 'draft' | 'published'>, now: Date): boolean {
  return publicness(meta, now).state === 'public'
}

/**
 * Whether this server shows stories that are not public: `next dev` does (marked as draft or
 * embargoed), a production build and server never do.
 */
export function showsUnpublished(env: string | undefined = process.env.NODE_ENV): boolean {
  return env !== 'production'
}

/** A story the public site leaves out at a given moment, and why. */
export type Withheld = { file: string } & Exclude<Publicness, { state: 'public' }>

/** The drafts and embargoed stories among `timelines`, in the order given. */
export function withheld(timelines: readonly Pick<Timeline, 'file' | 'meta'>[], now: Date): Withheld[] {
  return timelines.flatMap((t) => {
    const status = publicness(t.meta, now)
    return status.state === 'public' ? [] : [{ file: t.file, ...status }]
  })
}

/** The line `npm run check` prints for a withheld story: a note beside the errors, not one of them. */
export function formatWithheld(w: Withheld): string {
  return w.state === 'draft'
    ? `${w.file}  draft: not on the public site until \`draft: true\` is removed`
    : `${w.file}  embargoed until ${w.until}: the first build after that moment publishes it`
}
