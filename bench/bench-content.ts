/**
 * The content folder the browser benchmarks build the site from: the published
 * stories (copied, so the widget and story pages can be measured) plus two
 * synthetic stories, of 5,000 and 2,000 events. It lives under bench/out/, never content/.
 *
 * Files are rewritten only when their text changes, so an unchanged folder
 * keeps its modification times and serve-site.ts reuses the last build.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { storyToMdx } from '../lib/test-support/synthetic-mdx'
import { generateStory, type SyntheticStory } from '../lib/test-support/synthetic-story'

const BENCH_CONTENT_DIR = path.join('bench', 'out', 'content')
/** Events in the synthetic story the browser benchmarks load: a long-running story's years of coverage. */
export const SYNTHETIC_EVENTS = 5_000
const SYNTHETIC_SEED = 1
export const SYNTHETIC_SLUG = `synthetic-${SYNTHETIC_EVENTS}`
/** The big story a reader meets on a phone: every date precision, a quote on about every fifth event. */
export const BIG_STORY_EVENTS = 2_000
export const BIG_STORY_SLUG = `synthetic-${BIG_STORY_EVENTS}`

function writeIfChanged(file: string, text: string) {
  let old: string | undefined
  try {
    old = readFileSync(file, 'utf8')
  } catch {
    old = undefined
  }
  if (old !== text) writeFileSync(file, text)
}

/** The synthetic story every browser benchmark and the vis-timeline page share. */
export function syntheticStory(): SyntheticStory {
  return generateStory({ events: SYNTHETIC_EVENTS, seed: SYNTHETIC_SEED })
}

/** Writes (or refreshes) bench/out/content and returns its path, relative to the project. */
export function prepareBenchContent(story: SyntheticStory = syntheticStory()): string {
  const published = path.join('content', 'timelines')
  mkdirSync(BENCH_CONTENT_DIR, { recursive: true })
  const wanted = new Map<string, string>()
  for (const name of readdirSync(published).filter((n) => n.endsWith('.mdx'))) wanted.set(name, readFileSync(path.join(published, name), 'utf8'))
  for (const slug of [SYNTHETIC_SLUG, BIG_STORY_SLUG])
    if (wanted.has(`${slug}.mdx`)) throw new Error(`content/timelines already has a story named ${slug}: rename it or the benchmark's`)
  wanted.set(`${SYNTHETIC_SLUG}.mdx`, storyToMdx(story))
  wanted.set(`${BIG_STORY_SLUG}.mdx`, storyToMdx(generateStory({ events: BIG_STORY_EVENTS, seed: 2, quotedShare: 0.2 })))
  for (const name of readdirSync(BENCH_CONTENT_DIR)) if (!wanted.has(name)) rmSync(path.join(BENCH_CONTENT_DIR, name), { recursive: true })
  for (const [name, text] of wanted) writeIfChanged(path.join(BENCH_CONTENT_DIR, name), text)
  return BENCH_CONTENT_DIR
}
