/**
 * `npm run check [-- paths…] [--format json]`: validates timeline MDX files
 * and prints every located error of every file at once. Exits 1 on any error.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { formatError, type ContentError } from '../lib/content/errors'
import { CONTENT_DIR, listSlugs, loadTimelineFile } from '../lib/content/load.server'

async function filesFrom(args: string[]): Promise<string[]> {
  if (args.length === 0) return (await listSlugs(CONTENT_DIR)).map((s) => path.join(CONTENT_DIR, `${s}.mdx`))
  const out: string[] = []
  for (const a of args) {
    const s = await stat(a).catch(() => null)
    if (s?.isDirectory()) out.push(...(await listSlugs(a)).map((slug) => path.join(a, `${slug}.mdx`)))
    else out.push(a)
  }
  return out
}

async function main() {
  const argv = process.argv.slice(2)
  const formatAt = argv.indexOf('--format')
  const format = formatAt >= 0 ? argv[formatAt + 1] : argv.find((a) => a.startsWith('--format='))?.slice(9) ?? 'human'
  const paths = argv.filter((a, i) => !a.startsWith('--') && !(formatAt >= 0 && i === formatAt + 1))
  if (format !== 'human' && format !== 'json') {
    console.error(`unknown --format "${format}": expected human or json`)
    process.exit(2)
  }
  const files = await filesFrom(paths)
  const started = performance.now()
  const results = await Promise.all(files.map(async (f) => ({ file: f, result: await loadTimelineFile(path.resolve(f)) })))
  const errors: ContentError[] = results.flatMap((r) => (r.result.ok ? [] : r.result.errors))
  const ms = Math.round(performance.now() - started)
  if (format === 'json') {
    console.log(JSON.stringify({ files: files.length, errors }, null, 2))
  } else {
    for (const e of errors) console.log(formatError(e))
    const bad = results.filter((r) => !r.result.ok).length
    const summary = `${files.length} ${files.length === 1 ? 'file' : 'files'} checked in ${ms} ms: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}${bad ? ` in ${bad} ${bad === 1 ? 'file' : 'files'}` : ''}`
    console.log(errors.length ? `\n${summary}` : `✓ ${summary}`)
  }
  process.exit(errors.length ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(2)
})
