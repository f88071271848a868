/**
 * `npm run check [-- paths…] [--dir folder] [--format json]`: validates
 * timeline MDX files (content/timelines by default) and prints every located
 * error of every file at once, links between timelines and translations included, and names
 * each story that is a draft or under embargo (a note, not an error). Exits 1
 * on any error, 2 on bad usage.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { formatError, sortErrors, type ContentError } from '../lib/content/errors'
import { checkCrossLinks } from '../lib/content/links'
import { checkTranslations } from '../lib/content/translations'
import { CONTENT_DIR, listMdxFiles } from '../lib/content/load.server'
import { loadAll } from './load-all'
import { formatWithheld, withheld } from '../lib/content/publicness'

async function filesFrom(args: string[]): Promise<string[]> {
  // Every .mdx file, slug or not: a file whose name is no slug has no page, and check says so.
  if (args.length === 0) return (await listMdxFiles(CONTENT_DIR)).map((name) => path.join(CONTENT_DIR, name))
  const out: string[] = []
  for (const a of args) {
    const s = await stat(a).catch(() => null)
    if (s?.isDirectory()) out.push(...(await listMdxFiles(a)).map((name) => path.join(a, name)))
    else out.push(a)
  }
  return out
}

/**
 * Below this many files a worker's start-up (about a second: tsx, zod, micromark, edtf, each loaded
 * again in the thread) costs more than it saves. Measured on 2 cores, 200 files: 2.4–3.9 s in one
 * thread, 3.3–4.1 s shared between two workers, side by side in the same minutes.
 */
const FILES_PER_WORKER = 200

/** Validates every file, shared out among worker threads when there are enough files and cores. */
const validateAll = (files: string[]) =>
  loadAll(files, { filesPerWorker: FILES_PER_WORKER, ...(Number(process.env.DATELINE_CHECK_WORKERS) ? { workers: Number(process.env.DATELINE_CHECK_WORKERS) } : {}) })

const USAGE = 'usage: npm run check -- [file.mdx | folder]… [--dir folder] [--format human|json]'

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, dir: { type: 'string', multiple: true } },
  })
}

async function main() {
  const argv = process.argv.slice(2)
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    process.exit(2)
  }
  const { values, positionals } = parsed
  const format = values.format ?? 'human'
  if (format !== 'human' && format !== 'json') {
    console.error(`unknown --format "${format}": expected human or json`)
    process.exit(2)
  }
  const paths = [...positionals, ...(values.dir ?? [])]
  const files = await filesFrom(paths)
  const started = performance.now()
  const results = await validateAll(files.map((f) => path.resolve(f)))
  const loaded = results.flatMap((r) => (r.result.ok ? [r.result.timeline] : []))
  const slugs = files.map((f) => path.basename(f, '.mdx'))
  const errors: ContentError[] = sortErrors([...results.flatMap((r) => (r.result.ok ? [] : r.result.errors)), ...checkCrossLinks(loaded, slugs), ...checkTranslations(loaded, slugs)])
  const ms = Math.round(performance.now() - started)
  const now = new Date()
  if (format === 'json') {
    console.log(JSON.stringify({ files: files.length, ms, errors, withheld: withheld(loaded, now) }, null, 2))
  } else {
    for (const e of errors) console.log(formatError(e))
    for (const w of withheld(loaded, now)) console.log(formatWithheld(w))
    const bad = new Set(errors.map((e) => e.file)).size
    const summary = `${files.length} ${files.length === 1 ? 'file' : 'files'} checked in ${ms} ms: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}${bad ? ` in ${bad} ${bad === 1 ? 'file' : 'files'}` : ''}`
    console.log(errors.length ? `\n${summary}` : `✓ ${summary}`)
  }
  process.exit(errors.length ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(2)
})
