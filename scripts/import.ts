/**
 * `npm run import -- <file.json|file.csv> [--slug s] [--out dir] [--published YYYY-MM-DD]`
 *
 * Turns a TimelineJS timeline (its JSON format, or its Google Sheets template
 * exported as CSV) into one Dateline story, `content/timelines/<slug>.mdx`.
 * Prints the path written and, on stderr, every warning about what could not
 * be carried. Never overwrites a file. Exits 1 on bad input, 2 on bad usage.
 */
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { formatError } from '../lib/content/errors'
import { CONTENT_DIR, loadTimelineFile } from '../lib/content/load.server'
import { parseCsv } from '../lib/timelinejs/csv'
import { importTimelineJs, type ImportOptions } from '../lib/timelinejs/import'
import { sheetToTimelineJs } from '../lib/timelinejs/sheet'

const USAGE = 'usage: npm run import -- <file.json|file.csv> [--slug slug] [--out dir] [--published YYYY-MM-DD]'

class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message)
  }
}

/** `npm run` starts scripts in the project root; paths typed by the user are relative to where they typed them. */
const fromUser = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p)

const shown = (p: string) => {
  const rel = path.relative(process.cwd(), p)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p
}

/** Today in the writer's own calendar (not UTC): the day they would write on the story. */
function today(): string {
  const d = new Date()
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-')
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text)
}

/** `JSON.parse` reports a character position; a writer needs a line and column. */
function jsonError(text: string, error: unknown): string {
  // V8 quotes the start of the text in its message; keep that on one line.
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim()
  const at = /position (\d+)/.exec(message)
  if (!at) return `not valid JSON: ${message}`
  const before = text.slice(0, Number(at[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `line ${line}, column ${column}: not valid JSON: ${message.replace(/\s*(?:in JSON )?at position \d+.*$/, '')}`
}

/** "space-race_2019.csv" → "Space race 2019": a title to start from when the data has none. */
function titleFromFile(file: string): string {
  const words = path.basename(file, path.extname(file)).replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

async function main(): Promise<void> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { slug: { type: 'string' }, out: { type: 'string' }, published: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (error) {
    throw new ExitError(`${(error as Error).message}\n${USAGE}`, 2)
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(USAGE)
    return
  }
  if (positionals.length !== 1) throw new ExitError(`expected one TimelineJS file\n${USAGE}`, 2)
  const file = fromUser(positionals[0]!)
  const name = path.basename(file)
  const ext = path.extname(file).toLowerCase()
  if (ext !== '.json' && ext !== '.csv') throw new ExitError(`${name}: expected a .json (TimelineJS JSON) or .csv (TimelineJS sheet) file\n${USAGE}`, 2)
  const published = values.published ?? today()
  if (!isDay(published)) throw new ExitError(`--published: expected a day such as 2024-05-01, found "${published}"`, 2)

  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ExitError(`cannot read ${positionals[0]}: ${(error as Error).message}`, 1)
  }

  const options: ImportOptions = {
    published,
    sourceName: name,
    fallbackTitle: titleFromFile(file),
    ...(values.slug === undefined ? {} : { slug: values.slug }),
  }
  const sheetWarnings: string[] = []
  let input: unknown
  if (ext === '.json') {
    try {
      input = JSON.parse(text)
    } catch (error) {
      throw new ExitError(`${name}: ${jsonError(text, error)}`, 1)
    }
  } else {
    const csv = parseCsv(text)
    if (!csv.ok) throw new ExitError(`${name}: line ${csv.error.line}, column ${csv.error.column}: ${csv.error.message}`, 1)
    const sheet = sheetToTimelineJs(csv.rows)
    if (!sheet.ok) throw new ExitError(sheet.errors.map((e) => `${name}: ${e}`).join('\n'), 1)
    input = sheet.json
    options.locate = sheet.locate
    sheetWarnings.push(...sheet.warnings)
  }

  const result = importTimelineJs(input, options)
  if (!result.ok) throw new ExitError(result.errors.map((e) => `${name}: ${e}`).join('\n'), 1)

  const outDir = values.out === undefined ? CONTENT_DIR : fromUser(values.out)
  const target = path.join(outDir, `${result.slug}.mdx`)
  await mkdir(outDir, { recursive: true })
  try {
    // `wx` fails if the file exists: an import never replaces a story someone may have edited.
    await writeFile(target, result.mdx, { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ExitError(`${shown(target)} already exists; not overwritten. Choose another name with --slug, or move the file away first.`, 1)
    }
    throw error
  }

  // The importer is meant to write only files that load; if one does not, that is a bug to report, not a story to publish.
  const loaded = await loadTimelineFile(target, result.slug)
  if (!loaded.ok) {
    await unlink(target)
    throw new ExitError(`the imported file does not load (an importer bug; nothing was written):\n${loaded.errors.map(formatError).join('\n')}`, 2)
  }

  for (const w of [...sheetWarnings, ...result.warnings]) console.error(`warning: ${name}: ${w}`)
  console.log(`wrote ${shown(target)} (${result.eventCount} ${result.eventCount === 1 ? 'event' : 'events'})`)
}

main().catch((error: unknown) => {
  if (error instanceof ExitError) {
    console.error(error.message)
    process.exit(error.code)
  }
  console.error(error)
  process.exit(2)
})
