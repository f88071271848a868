import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { isSlug } from './slug'

// Apart from load.server.ts, which brings the MDX compiler: what only lists the files (scripts/export.ts, waiting
// on the whole build meanwhile) need not load it.

/**
 * Where published stories live; one MDX file per timeline, the slug is the file name.
 * DATELINE_CONTENT_DIR (relative to the working directory) points a server at another
 * folder: the benchmarks build from synthetic stories and the dev-server e2e test edits
 * copies; neither may ever sit in content/.
 */
export const CONTENT_DIR = resolveContentDir(process.env.DATELINE_CONTENT_DIR)

/** The content folder for a DATELINE_CONTENT_DIR value: content/timelines when unset or blank. */
export function resolveContentDir(value: string | undefined, cwd = process.cwd()): string {
  return value?.trim() ? path.resolve(cwd, value.trim()) : path.join(cwd, 'content', 'timelines')
}

/** Every MDX file of a folder, by name, sorted; empty when the folder cannot be read. */
export async function listMdxFiles(dir = CONTENT_DIR): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(/*turbopackIgnore: true*/ dir)
  } catch {
    return []
  }
  return names.filter((n) => n.endsWith('.mdx')).sort()
}

/**
 * Slugs of every timeline file in a folder, sorted. A file whose name is not a slug (`Обмен.mdx`, `my story.mdx`)
 * is no page: `npm run check` reports it with the name to give it (fileNameError).
 */
export async function listSlugs(dir = CONTENT_DIR): Promise<string[]> {
  return (await listMdxFiles(dir))
    .map((n) => n.slice(0, -'.mdx'.length))
    .filter(isSlug)
    .sort()
}

