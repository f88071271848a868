import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { formatError } from '../lib/content/errors'
import { loadTimelineFile } from '../lib/content/load.server'

const ROOT = path.resolve(import.meta.dirname, '..')

/** Runs the CLI as `npm run new` would, from the project root. */
function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: ROOT } })
}

const tempDir = () => mkdtemp(path.join(tmpdir(), 'dateline-new-'))

function today(): string {
  const d = new Date()
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-')
}

async function scaffolded(title: string) {
  const dir = await tempDir()
  const r = run(title, '--dir', dir)
  assert.equal(r.status, 0, r.stderr)
  const file = path.join(dir, r.stdout.split('\n')[0]!.replace(/^wrote .*\//, ''))
  const loaded = await loadTimelineFile(file)
  if (!loaded.ok) assert.fail(loaded.errors.map(formatError).join('\n'))
  return { dir, file, timeline: loaded.timeline, source: await readFile(file, 'utf8') }
}

test('new scaffolds <slug>.mdx from the title, and the loader accepts it', async () => {
  const { dir, file, timeline } = await scaffolded('Lavrov agrees to hear Blinken’s proposal')
  assert.equal(file, path.join(dir, 'lavrov-agrees-to-hear-blinkens-proposal.mdx'))
  assert.equal(timeline.meta.title, 'Lavrov agrees to hear Blinken’s proposal')
})

test('the new file is published today and has one real example event dated today', async () => {
  const { timeline } = await scaffolded('A story')
  assert.equal(timeline.meta.published, today())
  assert.equal(timeline.events.length, 1)
  assert.equal(timeline.events[0]!.span.edtf, today())
})

test('the new file is a draft, so it is not public until the writer says so', async () => {
  const { timeline, source } = await scaffolded('A story')
  assert.equal(timeline.meta.draft, true)
  assert.match(source, /^draft: true$/m)
})

test('the new file has a placeholder summary that asks to be replaced', async () => {
  const { timeline } = await scaffolded('A story')
  assert.match(timeline.meta.summary, /^Replace this placeholder/)
})

test('the examples of an event and a quote are inside an MDX comment, so they are not on the timeline', async () => {
  const { source, timeline } = await scaffolded('A story')
  assert.match(source, /\{\/\*[\s\S]*<Event date="2022-02-24"[\s\S]*<Quote by=[\s\S]*\*\/\}/)
  assert.equal(timeline.quotes.length, 0)
})

test('a title with quotes, colons and braces is safe in the frontmatter', async () => {
  const { timeline } = await scaffolded('Breaking: the "deal" {so far}')
  assert.equal(timeline.meta.title, 'Breaking: the "deal" {so far}')
})

test('new refuses to overwrite an existing file and exits 1', async () => {
  const dir = await tempDir()
  await writeFile(path.join(dir, 'a-story.mdx'), 'keep me')
  const r = run('A story', '--dir', dir)
  assert.equal(r.status, 1)
  assert.match(r.stderr, /a-story\.mdx already exists; not overwritten/)
  assert.equal(await readFile(path.join(dir, 'a-story.mdx'), 'utf8'), 'keep me')
})

test('new without a title is a usage error, exit 2', () => {
  const r = run()
  assert.equal(r.status, 2)
  assert.match(r.stderr, /usage: npm run new/)
})
