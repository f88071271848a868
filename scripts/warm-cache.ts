/**
 * Run by scripts/build.mjs before `next build`: compiles, validates and lays out every story of the
 * content folder on every core, into the build's disk caches (lib/cache/), so the build's page workers
 * only read them back. `next build` renders pages in one worker on two cores, and would otherwise
 * compile each story in whichever process asks first, the index often asking for all of them at once.
 * Entries already cached (a rebuild) cost a read each. Content errors are counted here and reported
 * by the build, with their locations; this step never fails the build.
 */
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { CONTENT_DIR, listSlugs } from '../lib/content/load.server'
import { loadAllBrief } from './load-all'

/** A worker's start-up (about a second) pays off from a few files on: compiling one costs about as much. */
const FILES_PER_WORKER = 8

const started = performance.now()
const files = (await listSlugs(CONTENT_DIR)).map((slug) => path.join(CONTENT_DIR, `${slug}.mdx`))
// Not laid out: a story page's drawings are server markup laid out as the page renders (components/timeline/
// ServerDrawings.tsx, shared with the widget's browser), which the disk cache of drawings cannot feed.
const outcomes = await loadAllBrief(files, { compile: true, layout: false, filesPerWorker: FILES_PER_WORKER })
const failed = outcomes.filter((o) => o.errors.length > 0).length
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`Compiled ${files.length} ${files.length === 1 ? 'story' : 'stories'} in ${seconds} s${failed ? `; ${failed} with errors, reported below` : ''}.`)
