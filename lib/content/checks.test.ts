import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { formatError } from './errors'
import { checkCrossLinks, linkTarget } from './links'
import { listSlugs, loadTimelineFile } from './load.server'
import type { Timeline } from './model'

// One fixture per check, each with one mistake, so every message is pinned word for word.
const dir = path.join(import.meta.dirname, 'fixtures', 'checks')
const rel = (name: string) => path.relative(process.cwd(), path.join(dir, `${name}.mdx`))

async function report(name: string): Promise<string> {
  const r = await loadTimelineFile(path.join(dir, `${name}.mdx`))
  assert.equal(r.ok, false, `expected ${name} to fail`)
  return r.ok ? '' : r.errors.map(formatError).join('\n')
}

test('a duplicate id is reported at the second use, naming the first', async () => {
  assert.equal(
    await report('duplicate-id'),
    `${rel('duplicate-id')}:9:45  duplicate id "talks"
    found:    "talks"
    expected: an id used by no other event in this timeline
    hint:     the event on line 7 already uses it`,
  )
})

test('a quote outside every event without its own date is reported at the quote', async () => {
  assert.equal(
    await report('quote-without-date'),
    `${rel('quote-without-date')}:9:1  a <Quote> outside an <Event> needs its own \`date\`
    expected: date="…" (EDTF), or move the quote inside its <Event>`,
  )
})

test('a story that names itself in translationOf is reported at the key', async () => {
  assert.equal(
    await report('translation-of-itself'),
    `${rel('translation-of-itself')}:6:1  a story cannot be a translation of itself
    found:    "translation-of-itself"
    expected: the slug of the story this one translates`,
  )
})

test('a quote with its original words but no language is reported at `original`', async () => {
  assert.equal(
    await report('original-without-lang'),
    `${rel('original-without-lang')}:8:24  \`original\` on <Quote> needs \`lang\`
    expected: lang="…", the BCP 47 tag of the language the words were spoken in, such as ru
    hint:     add lang="ru" (or the language of the original) to the same <Quote>`,
  )
})

test('an end before the date is reported at the end value', async () => {
  assert.equal(
    await report('end-before-date'),
    `${rel('end-before-date')}:7:31  end (2022-03-01) is before date (2022-04-01)
    found:    "2022-03-01"
    expected: a single EDTF date such as 2022-02-24, 2022-02 or 2022, or .. for ongoing`,
  )
})

test('an empty title is reported at its value', async () => {
  assert.equal(
    await report('empty-title'),
    `${rel('empty-title')}:7:33  invalid \`title\` on <Event>
    found:    ""
    expected: a non-empty title`,
  )
})

test('frontmatter values of the wrong type name the key, the value and the type wanted', async () => {
  assert.equal(
    await report('frontmatter-types'),
    `${rel('frontmatter-types')}:5:1  invalid frontmatter \`tags\`
    found:    7
    expected: a list such as [russia, diplomacy]
${rel('frontmatter-types')}:6:1  invalid frontmatter \`source\`
    found:    "Example Wire"
    expected: \`outlet:\` (and optionally \`url:\` and \`published:\`) on indented lines under \`source:\``,
  )
})

test('an unknown time zone is reported at its key, with the form wanted', async () => {
  assert.equal(
    await report('unknown-timezone'),
    `${rel('unknown-timezone')}:5:1  invalid frontmatter \`timezone\`
    found:    "Europe/Atlantis"
    expected: an IANA time zone such as Europe/Moscow, America/New_York or UTC`,
  )
})

test('links to missing event ids in the same timeline are reported, with the nearest id', async () => {
  assert.equal(
    await report('missing-link'),
    `${rel('missing-link')}:9:4  link to a missing event id \`#geneva-talk\`
    found:    "#geneva-talk"
    expected: the id of an event or quote in that timeline
    hint:     did you mean \`#geneva-talks\`?
${rel('missing-link')}:9:42  link to a missing event id \`#nowhere\`
    found:    "/timelines/missing-link#nowhere"
    expected: the id of an event or quote in that timeline`,
  )
})

test('an unknown prop suggests the prop it is a typo of', async () => {
  assert.equal(
    await report('unknown-prop'),
    `${rel('unknown-prop')}:7:1  <Event> is missing \`title\`
    expected: title="…"
${rel('unknown-prop')}:7:26  unknown prop \`titel\` on <Event>
    expected: one of date, title, end, id, place, tags, importance, image, alt, credit
    hint:     did you mean \`title\`?`,
  )
})

test('an impossible date suggests the last day of the month', async () => {
  assert.equal(
    await report('impossible-date'),
    `${rel('impossible-date')}:7:22  invalid \`date\`: "2022-02-30" is not a valid EDTF date
    found:    "2022-02-30"
    expected: an EDTF date such as 2022-02-24, 2022-02, 2022, 2022-07-29T10:00:00+05:00, 2022-02~ or 2021?, or an interval such as 2021-06-16/2021-06-17, 2022-02-17/.. or 2022-02/
    hint:     did you mean 2022-02-28? February 2022 has 28 days`,
  )
})

test('an image needs alt and credit, and alt means nothing without an image', async () => {
  assert.equal(
    await report('image-without-alt'),
    `${rel('image-without-alt')}:7:1  <Event> has an \`image\` but no \`alt\`
    expected: alt="what the image shows, for readers who cannot see it"
${rel('image-without-alt')}:7:1  <Event> has an \`image\` but no \`credit\`
    expected: credit="who made the image, e.g. Alex Brandon / AP"
${rel('image-without-alt')}:9:40  \`alt\` without \`image\` on <Event>
    expected: image="…" beside alt, or no alt`,
  )
})

test('an import line is refused: a story cannot load code', async () => {
  assert.equal(
    await report('import-statement'),
    `${rel('import-statement')}:7:1  \`import\` and \`export\` are not allowed in a story
    found:    import Chart from "./chart.js"
    expected: Markdown, <Event> and <Quote>; a story cannot load code or other files`,
  )
})

test('every expression and export is refused, each where it is written, and a comment is not', async () => {
  const at = (where: string) => `${rel('expressions')}:${where}`
  const expression = `    expected: text; a story cannot run code
    hint:     write \\{ for a literal brace, or {/* … */} for a comment`
  const prop = (name: string) => `    expected: ${name}="…"
    hint:     a story cannot run code: braces in a prop are JavaScript; inside quotes they are plain characters`
  assert.equal(
    await report('expressions'),
    `${at('7:1')}  \`import\` and \`export\` are not allowed in a story
    found:    export const leaked = (globalThis.__datelineEvaluated = 'export')
    expected: Markdown, <Event> and <Quote>; a story cannot load code or other files
${at('9:9')}  a JavaScript expression \`{…}\` is not allowed in a story
    found:    {process.env.HOME}
${expression}
${at('9:33')}  a JavaScript expression \`{…}\` is not allowed in a story
    found:    {globalThis.__datelineEvaluated = 'text'}
${expression}
${at('11:1')}  a JavaScript expression \`{…}\` is not allowed in a story
    found:    {(() => { require('node:fs').writeFileSync(require('node:os').tmpdir() + '/date…
${expression}
${at('15:40')}  \`place\` must be a quoted string
    found:    place={globalThis.__datelineEvaluated = 'prop'}
${prop('place')}
${at('16:6')}  \`href\` must be a quoted string
    found:    href={globalThis.__datelineEvaluated = 'href'}
${prop('href')}
${at('16:72')}  <span> does not take spread props
    found:    {...(globalThis.__datelineEvaluated = {})}
    expected: props written name="value"
    hint:     a story cannot run code
${at('19:8')}  \`date\` must be a quoted string
    found:    date={String(globalThis.__datelineEvaluated = 'date')}
${prop('date')}`,
  )
})

test('a <Source> outside an event is refused, and each bad prop of one inside is reported at its value', async () => {
  assert.equal(
    await report('bad-source'),
    `${rel('bad-source')}:7:1  <Source> must be inside the <Event> whose facts it sources
    expected: <Source outlet="…"> inside an <Event>, after the event’s text
    hint:     the story’s own source goes in the frontmatter, under \`source:\`
${rel('bad-source')}:12:1  <Source> is missing \`outlet\`
    expected: outlet="…"
${rel('bad-source')}:13:26  invalid \`url\` on <Source>
    found:    "ftp://example.com/b"
    expected: an http(s) URL
${rel('bad-source')}:13:58  invalid \`published\` on <Source>
    found:    "2022-12-32"
    expected: a real calendar day
${rel('bad-source')}:14:22  unknown prop \`publised\` on <Source>
    expected: one of outlet, url, published
    hint:     did you mean \`published\`?`,
  )
})

test('bad corrections, series and draft are reported at the list item or key at fault', async () => {
  assert.equal(
    await report('bad-corrections'),
    `${rel('bad-corrections')}:8:5  invalid frontmatter \`corrections.1.date\`
    found:    "August 2022"
    expected: a date such as 2022-07-29 (YYYY-MM-DD)
${rel('bad-corrections')}:10:3  frontmatter is missing \`corrections.2.text\`
    found:    nothing
    expected: the text of the correction
${rel('bad-corrections')}:11:3  frontmatter is missing \`corrections.3.text\`
    found:    nothing
    expected: the text of the correction
${rel('bad-corrections')}:12:5  unknown frontmatter key \`corrections.3.txt\`
    expected: one of date, text
    hint:     did you mean \`text\`?
${rel('bad-corrections')}:13:1  invalid frontmatter \`series\`
    found:    "Prisoner Swaps"
    expected: lowercase letters of any script, digits and hyphens, starting with a letter or digit, such as us-russia-prisoner-exchanges
${rel('bad-corrections')}:14:1  invalid frontmatter \`draft\`
    found:    "yes"
    expected: true or false`,
  )
})

test('a local image missing from public/ is reported at its path', async () => {
  assert.equal(
    await report('image-not-found'),
    `${rel('image-not-found')}:7:49  image not found: public/no-such-image.jpg
    found:    "/no-such-image.jpg"
    expected: a file under public/ (the path starts at public/, without it)`,
  )
})

test('an event with image, alt and credit carries all three', async () => {
  const r = await loadTimelineFile(path.join(import.meta.dirname, 'fixtures', 'with-image.mdx'))
  if (!r.ok) assert.fail(r.errors.map(formatError).join('\n'))
  assert.deepEqual(r.timeline.events.map((e) => e.image), [
    { src: '/images/docs/timeline-sketch.png', alt: 'Three red dots on a black line', credit: 'Dateline' },
    { src: 'https://images.example.org/summit.jpg', alt: 'Delegates at the summit table', credit: 'Example Wire' },
  ])
})

test('links between timelines are checked once every file is loaded', async () => {
  const linksDir = path.join(import.meta.dirname, 'fixtures', 'links')
  const slugs = await listSlugs(linksDir)
  const timelines: Timeline[] = []
  for (const slug of slugs) {
    const r = await loadTimelineFile(path.join(linksDir, `${slug}.mdx`))
    if (!r.ok) assert.fail(r.errors.map(formatError).join('\n'))
    timelines.push(r.timeline)
  }
  const file = path.relative(process.cwd(), path.join(linksDir, 'talks.mdx'))
  assert.equal(
    checkCrossLinks(timelines, slugs).map(formatError).join('\n'),
    `${file}:9:5  link to a missing event id \`#sumit-opens\`
    found:    "/timelines/summit#sumit-opens"
    expected: the id of an event or quote in that timeline
    hint:     did you mean \`#summit-opens\`?
${file}:9:50  link to a missing timeline \`/timelines/sequel\`
    found:    "/timelines/sequel"
    expected: the slug of a file in content/timelines`,
  )
})

test('only links to this site’s timelines are judged', () => {
  assert.deepEqual(linkTarget('#talks'), { slug: null, id: 'talks' })
  assert.deepEqual(linkTarget('/timelines/summit#opening%20day'), { slug: 'summit', id: 'opening day' })
  assert.deepEqual(linkTarget('/timelines/summit'), { slug: 'summit' })
  assert.equal(linkTarget('https://example.com/#talks'), null)
  assert.equal(linkTarget('/about#team'), null)
  assert.equal(linkTarget('#'), null)
})

test('validating without bundling (npm run check) finds exactly what the full compile finds', async () => {
  const dirs = [dir, path.join(import.meta.dirname, 'fixtures'), path.join(import.meta.dirname, 'fixtures', 'links'), path.join(import.meta.dirname, 'fixtures', 'publishing')]
  for (const d of dirs) {
    for (const slug of await listSlugs(d)) {
      const file = path.join(d, `${slug}.mdx`)
      const full = await loadTimelineFile(file)
      const parsed = await loadTimelineFile(file, undefined, { compile: false })
      assert.deepEqual(parsed.ok ? { ...parsed.timeline, code: '' } : parsed.errors, full.ok ? { ...full.timeline, code: '' } : full.errors, slug)
    }
  }
})

test('the worked example in docs/authoring.md is a valid story, and its broken date gives the message shown there', async () => {
  const { mkdtemp, readFile, writeFile } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const guide = await readFile(path.join(import.meta.dirname, '..', '..', 'docs', 'authoring.md'), 'utf8')
  const example = /Replace its\ncontents with the story:\n\n```mdx\n([\s\S]*?)```/.exec(guide)?.[1]
  assert.ok(example, 'the worked example is in the guide')
  const folder = await mkdtemp(path.join(tmpdir(), 'dateline-guide-'))
  const file = path.join(folder, 'grain-deal-signed-in-istanbul.mdx')
  await writeFile(file, example)
  const good = await loadTimelineFile(file)
  if (!good.ok) assert.fail(good.errors.map(formatError).join('\n'))
  assert.equal(good.timeline.events.length, 3)
  await writeFile(file, example.replace('date="2022-07-22"', 'date="2022-07-32"'))
  const bad = await loadTimelineFile(file)
  assert.equal(bad.ok, false)
  const shown = /```\n(content\/timelines\/grain-deal[^\n]*\n(?: {4}[^\n]*\n)*)```/.exec(guide)?.[1]?.trimEnd()
  const printed = bad.ok ? '' : bad.errors.map(formatError).join('\n').replace(path.relative(process.cwd(), file), 'content/timelines/grain-deal-signed-in-istanbul.mdx')
  assert.equal(printed, shown)
})

test('a file whose name is not a slug is reported with the name to give it, and has no page', async () => {
  const dir = path.join(import.meta.dirname, 'fixtures', 'misnamed')
  assert.deepEqual(await listSlugs(dir), ['обмен-пленными'])
  const r = await loadTimelineFile(path.join(dir, 'Обмен Пленными.mdx'))
  assert.equal(r.ok, false)
  assert.equal(
    r.ok ? '' : r.errors.map(formatError).join('\n'),
    `lib/content/fixtures/misnamed/Обмен Пленными.mdx:1:1  the file name "Обмен Пленными.mdx" is not a slug, so the story would have no page
    found:    "Обмен Пленными"
    expected: a file name of lowercase letters of any script, digits and hyphens, starting with a letter or digit, in Unicode NFC
    hint:     rename it to обмен-пленными.mdx`,
  )
})

test('a story named in Cyrillic gets Cyrillic ids, and links to them check', async () => {
  const dir = path.join(import.meta.dirname, 'fixtures', 'misnamed')
  const r = await loadTimelineFile(path.join(dir, 'обмен-пленными.mdx'))
  assert.ok(r.ok, r.ok ? '' : r.errors.map(formatError).join('\n'))
  assert.equal(r.timeline.slug, 'обмен-пленными')
  assert.deepEqual(
    r.timeline.events.map((e) => e.id),
    ['2019-09-07-первый-тестовый-обмен', 'переговоры', '2019-12-01-второй-тестовый-обмен'],
  )
  assert.deepEqual(checkCrossLinks([r.timeline], ['обмен-пленными']), [])
  assert.deepEqual(linkTarget('/timelines/%D0%BE%D0%B1%D0%BC%D0%B5%D0%BD-%D0%BF%D0%BB%D0%B5%D0%BD%D0%BD%D1%8B%D0%BC%D0%B8#%D0%BF%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B'), { slug: 'обмен-пленными', id: 'переговоры' })
})
