/**
 * `npm run new -- "Title of the story" [--slug s] [--dir dir]`
 *
 * Starts a story: writes `content/timelines/<slug>.mdx` with its frontmatter,
 * a commented example of an event and a quote, and one real example event
 * dated today, so the new file passes `npm run check` from the first minute.
 * The story starts as a draft (`draft: true`): nothing reaches the public site
 * until the writer removes that line.
 * Never overwrites a file. Exits 1 if the file exists, 2 on bad usage.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { CONTENT_DIR } from '../lib/content/load.server'
import { ID_PATTERN, SLUG_RULE, slugFromTitle } from '../lib/content/slug'

const USAGE = 'usage: npm run new -- "Title of the story" [--slug slug] [--dir dir]'

/** What the summary says until the writer replaces it; long enough to pass validation, plain enough to be noticed. */
const PLACEHOLDER_SUMMARY = 'Replace this placeholder with one or two sentences, at most 280 characters, that say what the story is about.'

/** Today in the writer's own calendar (not UTC): the day they would write on the story. */
function today(): string {
  const d = new Date()
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-')
}

/** The new file. JSON strings are valid YAML double-quoted scalars, so any title is safe in the frontmatter. */
function scaffold(title: string, day: string): string {
  return `---
title: ${JSON.stringify(title)}
summary: ${JSON.stringify(PLACEHOLDER_SUMMARY)}
published: ${day}
# A draft is left out of the public site (npm run dev still shows it); remove this line to publish.
draft: true
---

{/*
  Write the introduction here, in Markdown. Then put each dated happening on
  the timeline with an Event, and quoted words with a Quote inside it, e.g.:

  <Event date="2022-02-24" title="Russia invades Ukraine" place="Ukraine" tags="war" importance="1" id="russia-invades-ukraine">
  What happened, in Markdown.

  <Quote by="Dmitry Peskov" role="Kremlin spokesman" source="Press briefing">The quoted words.</Quote>
  </Event>

  Dates are EDTF: 2022-02-24 (a day), 2022-02 (a month), 2022 (a year),
  2022-02~ (approximate), 2021? (uncertain), 2022-07-29T10:00:00+05:00 (a time),
  2021-06-16/2021-06-17 (an interval), 2022-02-17/.. (still going on),
  -0043-03-15 (44 BC). See docs/authoring.md, and run npm run check after editing.
*/}

<Event date="${day}" title="Replace this example event">
An example, dated today, so that this file is valid from the start. Replace it with the story's first event.
</Event>
`
}

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  const title = positionals.join(' ').replace(/\s+/g, ' ').trim()
  if (!title) {
    console.error(`expected the story's title\n${USAGE}`)
    return 2
  }
  const slug = values.slug ?? slugFromTitle(title)
  if (!ID_PATTERN.test(slug)) {
    console.error(
      values.slug === undefined
        ? `cannot make a file name from "${title}"; give one with --slug`
        : `--slug "${slug}": expected ${SLUG_RULE}`,
    )
    return 2
  }

  // `npm run` starts scripts in the project root; a --dir typed by the user is relative to where they typed it.
  const dir = values.dir === undefined ? CONTENT_DIR : path.resolve(process.env.INIT_CWD ?? process.cwd(), values.dir)
  const target = path.join(dir, `${slug}.mdx`)
  const rel = path.relative(process.cwd(), target)
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : target
  await mkdir(dir, { recursive: true })
  try {
    // `wx` fails if the file exists, so a story is never replaced by a blank one.
    await writeFile(target, scaffold(title, today()), { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      console.error(`${shown} already exists; not overwritten. Choose another title or --slug.`)
      return 1
    }
    throw error
  }
  console.log(`wrote ${shown}`)
  console.log('next: write the summary and the events, then run npm run check')
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  },
)
