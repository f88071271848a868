import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import matter from 'gray-matter'
import { plainFrontmatter } from './compile-errors'
import { CONTENT_DIR, listSlugs } from './load.server'
import { isPublic, showsUnpublished } from './publicness'
import { frontmatterSchema, type Frontmatter } from './schema'
import { storyVersions, translationMember, type StoryVersions, type TranslationMember } from './translations'

type Member = { member: TranslationMember; meta: Pick<Frontmatter, 'draft' | 'published'> }

// Every story page asks which stories translate it, so each file's frontmatter is read once per
// version of the file (its modification time) rather than every story parsed for every page: a
// build of N stories reads N frontmatters, not N².
const read = new Map<string, { version: number; member: Member | null }>()

async function memberOf(file: string, slug: string): Promise<Member | null> {
  const version = await stat(/*turbopackIgnore: true*/ file).then((s) => s.mtimeMs, () => -1)
  if (version < 0) return null
  const kept = read.get(file)
  if (kept?.version === version) return kept.member
  const source = await readFile(/*turbopackIgnore: true*/ file, 'utf8').catch(() => null)
  let member: Member | null = null
  try {
    // An empty options object turns off gray-matter's cache (as in parse.ts).
    const fm = source === null ? null : frontmatterSchema.safeParse(plainFrontmatter(matter(source, {}).data as Record<string, unknown>))
    // A file with bad frontmatter is reported by `npm run check` and fails the build on its own page; it is nobody's version.
    if (fm?.success) member = { member: translationMember({ slug, meta: fm.data }), meta: fm.data }
  } catch {
    member = null
  }
  read.set(file, { version, member })
  return member
}

/**
 * The versions of a story in other languages that this server may show: public ones only in
 * production, drafts and embargoed ones too in development (as series links are), so a withheld
 * translation is never linked nor named on the public site.
 */
export async function publicVersions(story: TranslationMember, dir = CONTENT_DIR, { now = new Date(), includeUnpublished = showsUnpublished() } = {}): Promise<StoryVersions<TranslationMember>> {
  const members = await Promise.all((await listSlugs(dir)).map((slug) => memberOf(path.join(dir, `${slug}.mdx`), slug)))
  const shown = members.filter((m): m is Member => m !== null && (includeUnpublished || isPublic(m.meta, now))).map((m) => m.member)
  return storyVersions(story, shown)
}
