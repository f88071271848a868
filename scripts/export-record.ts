/**
 * The export's memory between runs (lib/export/incremental.ts decides; this reads and writes): the record of
 * what the last export wrote, kept in the export's build folder (exportStateDir) rather than in the export, which a host serves.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import matter from 'gray-matter'
import { z } from 'zod'
import { listSlugs } from '../lib/content/content-files.server'
import type { ExportRecord, StoryInput } from '../lib/export/incremental'

/**
 * Under the build folder's `cache`, the one part of it `next build` does not delete when it starts: the record is
 * read before the build, and the list of stories to render (DATELINE_RENDER_ONLY) during it.
 */
export const exportStateDir = (distDir: string) => path.join(distDir, 'cache', 'dateline-export')
const RECORD = 'export-record.json'

const recordSchema = z.object({
  code: z.string(),
  origin: z.string(),
  out: z.string(),
  stories: z.record(z.string(), z.string()),
  files: z.record(z.string(), z.object({ path: z.string(), type: z.string(), headers: z.record(z.string(), z.string()) })),
})

/** The record of the export made from this build folder, or undefined when there is none or it does not read as one. */
export function readRecord(distDir: string): ExportRecord | undefined {
  try {
    return recordSchema.parse(JSON.parse(readFileSync(path.join(exportStateDir(distDir), RECORD), 'utf8')))
  } catch {
    return undefined
  }
}

export function writeRecord(distDir: string, record: ExportRecord) {
  mkdirSync(exportStateDir(distDir), { recursive: true })
  writeFileSync(path.join(exportStateDir(distDir), RECORD), JSON.stringify(record))
}

/** Forgets the record: the export is being rewritten, and until it is done its folder matches no record. */
export function forgetRecord(distDir: string) {
  rmSync(path.join(exportStateDir(distDir), RECORD), { force: true })
}

/**
 * Every story file of the content folder, with the two frontmatter fields by which a story's page names others. Read
 * one at a time and kept as a hash: the export waits on the whole build meanwhile, and reading a thousand files at
 * once left their texts as garbage no collection came to take (300 MB of the export's memory through the build).
 */
export async function storyInputs(contentDir: string): Promise<StoryInput[]> {
  const inputs: StoryInput[] = []
  for (const slug of await listSlugs(contentDir)) {
    const text = await readFile(path.join(contentDir, `${slug}.mdx`), 'utf8')
    // An empty options object turns off gray-matter's cache, which would keep every file's text alive.
    const data = matter(text, {}).data as Record<string, unknown>
    const field = (name: string) => (typeof data[name] === 'string' ? data[name] : undefined)
    inputs.push({ slug, text: createHash('sha256').update(text).digest('hex'), series: field('series'), translationOf: field('translationOf') })
  }
  return inputs
}

/** Deletes a file of the export and the folders it leaves empty, so a host answers 404 there, not a listing. */
export function deleteExported(outDir: string, file: string) {
  rmSync(path.join(outDir, file), { force: true })
  for (let dir = path.dirname(path.join(outDir, file)); dir.startsWith(outDir + path.sep); dir = path.dirname(dir)) {
    try {
      rmdirSync(dir)
    } catch {
      return // not empty
    }
  }
}

export const fileExistsUnder = (outDir: string) => (file: string) => existsSync(path.join(outDir, file))
