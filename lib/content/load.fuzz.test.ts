import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import fc from 'fast-check'
import { formatError } from './errors'
import { loadTimelineFile, loadTimelineSource, type LoadResult } from './load.server'

/*
 * Fuzz tests of the content loader: whatever a file holds, `npm run check`, the dev server and the build get
 * back a timeline or errors located inside the file, in bounded time, and never an exception. Seeds are fixed,
 * so a failure reproduces; fast-check prints the seed, the path and the shrunk input when one does.
 */

/** Generous for a 2-core machine that is busy building, tight enough that a quadratic parse shows. */
const MS_PER_FILE = 5_000

const folder = mkdtempSync(path.join(tmpdir(), 'dateline-fuzz-'))
after(() => rmSync(folder, { recursive: true, force: true }))
let cases = 0
after(() => console.log(`# content loader fuzz: ${cases} files checked`))

/** Lines as the MDX parser counts them: \r\n, \r and \n each end one (CommonMark, section 2.1). */
const linesOf = (source: string) => source.split(/\r\n|\r|\n/)

function assertLocated(result: LoadResult, source: string, file: string) {
  if (result.ok) {
    assert.ok(Array.isArray(result.timeline.events) && Array.isArray(result.timeline.quotes))
    return
  }
  assert.ok(result.errors.length > 0, 'a failed load has at least one error')
  const lines = linesOf(source)
  for (const e of result.errors) {
    const where = formatError(e)
    assert.equal(e.file, file, where)
    assert.ok(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines.length, `line out of the file (${lines.length} lines): ${where}`)
    const width = lines[e.line - 1]!.length
    assert.ok(Number.isInteger(e.column) && e.column >= 1 && e.column <= width + 1, `column out of line ${e.line} (${width} characters): ${where}`)
    assert.ok(e.message.length > 0, where)
  }
}

/** Checks one text as `npm run check` does (a file on disk, no bundling), within the time bound. */
async function check(source: string, limit = MS_PER_FILE): Promise<void> {
  cases++
  const filePath = path.join(folder, 'fuzz.mdx')
  writeFileSync(filePath, source)
  const started = performance.now()
  const result = await loadTimelineFile(filePath, 'fuzz', { compile: false })
  const ms = performance.now() - started
  assertLocated(result, source, path.relative(process.cwd(), filePath) || filePath)
  assert.ok(ms < limit, `checked in ${Math.round(ms)} ms, over the ${limit} ms bound`)
}

/** Compiles one text as the dev server and the studio do (mdx-bundler, nothing cached). */
async function compile(source: string): Promise<void> {
  cases++
  const started = performance.now()
  const result = await loadTimelineSource(source, 'draft.mdx', 'draft')
  const ms = performance.now() - started
  assertLocated(result, source, 'draft.mdx')
  assert.ok(ms < MS_PER_FILE, `compiled in ${Math.round(ms)} ms, over the ${MS_PER_FILE} ms bound`)
}

// ---------------------------------------------------------------------------
// Generators

const FRONTMATTER = '---\ntitle: Fuzz\nsummary: Generated.\npublished: 2024-05-01\n---\n\n'

const date = fc.oneof(
  fc.constantFrom('2022-02-24', '2022-02', '2022', '2022-07-29T10:00:00+05:00', '2022-02~', '2021?', '2022-07-29%', '2021-06-16/2021-06-17', '2022-02-17/..', '2022-02/', '../2022', '-0043-03-15', '2022-XX', '2022-21', '0000'),
  fc.constantFrom('2022-02-30', '2022-13', '2022-00-10', '22-02-24', 'Y170000002', 'Y-99999999999999999999', '999999999999999999999', '1e309', 'NaN', '', ' ', '..', '/', '2022/2021', '2022-02-24T25:00:00', '2022-02-24T10:00', '-0', '%', '~'),
  fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -99, max: 99 }), fc.integer({ min: -99, max: 99 })).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.string({ maxLength: 24 }),
)

/** A string that may hold anything, including what ends a JSX attribute or a line. */
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('"', '\\', '&quot;', '&#0;', '\0', '\n', '\r', '\u2028', '{', '}', '<', '>', '*', '_', '[', ']', '`', '#', '|'))
const attrValue = fc.oneof(text, date).map((v) => v.replace(/"/g, '&quot;'))

const prop = fc.oneof(
  fc.tuple(fc.constantFrom('date', 'title', 'end', 'id', 'place', 'tags', 'importance', 'image', 'alt', 'credit', 'by', 'role', 'source', 'lang', 'titel', 'dlIndex'), attrValue).map(([k, v]) => ` ${k}="${v}"`),
  fc.constantFrom(' date={1}', ' {...props}', ' title', ' date = "2022"', '\n  date=\n  "2022-02-30"', ' importance="99999999999999999999"', ' image="/../../etc/passwd"', ' image="javascript:alert(1)"'),
)

const inline = fc.oneof(
  text,
  fc.constantFrom('{process.env.HOME}', '{/* note */}', '{', '}', '\\{', '<', '</Event>', '<Quote by="a">words</Quote>', '[a link](#missing)', '[x](/timelines/nope#y)', '<a href="#x">a</a>', '**bold', '`code', '<b>', '</b>', '<!-- html comment -->', '&amp;', '\0'),
)

const element = fc.tuple(fc.constantFrom('Event', 'Quote', 'Evnt', 'event', 'a', 'span', 'script', 'x.y'), fc.array(prop, { maxLength: 6 }), fc.array(inline, { maxLength: 4 }), fc.constantFrom('close', 'self', 'open')).map(([name, props, body, end]) => {
  const open = `<${name}${props.join('')}`
  if (end === 'self') return `${open} />`
  return `${open}>\n${body.join(' ')}\n${end === 'close' ? `</${name}>` : ''}`
})

const block = fc.oneof(
  fc.array(inline, { maxLength: 6 }).map((parts) => parts.join(' ')),
  element,
  fc.constantFrom('> quoted', '- item', '1. item', '# Heading', '```\ncode\n', '```js\nconst x = 1\n```', '---', 'export const x = 1', 'import x from "y"', '{1 + 1}', '{/* flow comment */}', '| a | b |\n| - | - |\n| 1 | 2 |'),
)

const frontmatter = fc.oneof(
  fc.constant(FRONTMATTER),
  fc.constant(''),
  fc.dictionary(fc.constantFrom('title', 'summary', 'published', 'updated', 'tags', 'language', 'source', 'credits', 'titel'), fc.oneof(text, date, fc.constantFrom('[a, b]', '{x: 1}', '2022-13-45', '&a [1]', '*a', '|', '>', '"unclosed', "'", '[[[', '!!js/function "x"')), { maxKeys: 6 }).map(
    (d) => `---\n${Object.entries(d).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n`,
  ),
)

const story = fc.tuple(frontmatter, fc.array(block, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r')).map(([fm, blocks, eol]) => (fm + blocks.join('\n\n') + '\n').replace(/\r?\n/g, eol))

/** A valid story with random edits: the broken files a writer actually makes, one keystroke away from good ones. */
const valid = readFileSync(path.join(import.meta.dirname, 'fixtures', 'every-date-form.mdx'), 'utf8')
const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(inline, fc.constantFrom('', '"', '<', '>', '/', '{', '}', '---', '\n', '=')))
const mutated = fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) =>
  edits.reduce((s, [at, length, insert]) => {
    const i = at % (s.length + 1)
    return s.slice(0, i) + insert + s.slice(i + length)
  }, valid),
)

const garbage = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.string({ unit: 'binary', maxLength: 500 }),
)

// ---------------------------------------------------------------------------
// Properties

test('generated stories, valid and broken, give a timeline or located errors in bounded time', async () => {
  await fc.assert(fc.asyncProperty(story, (s) => check(s)), { seed: 20240501, numRuns: 300 })
})

test('a valid story with random edits gives a timeline or located errors', async () => {
  await fc.assert(fc.asyncProperty(mutated, (s) => check(s)), { seed: 1776, numRuns: 300 })
})

test('binary garbage gives located errors, never an exception', async () => {
  await fc.assert(fc.asyncProperty(garbage, (s) => check(s)), { seed: 404, numRuns: 150 })
})

test('the compiler used by the dev server and the studio also answers with located errors', async () => {
  await fc.assert(fc.asyncProperty(story, (s) => compile(s)), { seed: 31337, numRuns: 15 })
})

// ---------------------------------------------------------------------------
// Inputs too large or too deep for a generator to stumble on

const deep: Record<string, string> = {
  '10,000 nested blockquotes': `${'> '.repeat(10_000)}deep\n`,
  '10,000 nested blockquotes, one a line': Array.from({ length: 10_000 }, (_, i) => `${'>'.repeat(Math.min(i + 1, 10_000))}`).slice(0, 300).join('\n') + '\n',
  '10,000 nested JSX elements': `${'<b>'.repeat(10_000)}x${'</b>'.repeat(10_000)}\n`,
  '10,000 nested events': `${'<Event date="2022" title="x">'.repeat(10_000)}\n`,
  '10,000 nested lists': `${'- '.repeat(10_000)}x\n`,
  '300 lists nested by indentation': Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n') + '\n',
  '2,000 nested quotes in an event': `<Event date="2022" title="x">\n${'<Quote by="a">'.repeat(2_000)}words${'</Quote>'.repeat(2_000)}\n</Event>\n`,
}

for (const [name, body] of Object.entries(deep)) {
  test(`${name} give located errors in bounded time`, async () => {
    await check(FRONTMATTER + body)
  })
}

test('NUL bytes anywhere give a timeline or located errors', async () => {
  await check(`${FRONTMATTER}a\0b\n\n<Event date="20\u000022" title="\0" />\n`)
  await check(`---\ntitle: \0\nsummary: x\npublished: 2024-05-01\n---\n\0`)
  await check('\0'.repeat(10_000))
})

test('a 5 MB story is checked within the bound', async () => {
  const paragraph = `${'Words of an ordinary paragraph, written by a reporter. '.repeat(20)}\n\n`
  const events = Array.from({ length: 2_000 }, (_, i) => `<Event date="2022-02-${String((i % 28) + 1).padStart(2, '0')}" title="Event ${i}" id="e${i}">\n${paragraph}</Event>\n\n`).join('')
  const source = FRONTMATTER + events + paragraph.repeat(Math.ceil((5 * 1024 * 1024 - events.length) / paragraph.length))
  assert.ok(source.length >= 5 * 1024 * 1024)
  // Parsing 5 MB takes the Markdown parser 2–4 s on an idle 2-core machine, and twice that while it builds.
  await check(source, 30_000)
})

test('frontmatter whose YAML aliases expand to billions of values is refused, not expanded', async () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
  for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`)
  await check(`---\n${levels.join('\n')}\ntitle: T\n---\n`)
})

test('frontmatter nested 5,000 deep gives a located error', async () => {
  await check(`---\ntitle: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n---\n`)
})
