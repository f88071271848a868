import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { loadTimelineFile } from '../lib/content/load.server'

const ROOT = path.resolve(import.meta.dirname, '..')
const fixture = (name: string) => path.join(ROOT, 'lib', 'timelinejs', 'fixtures', name)

/** Runs the CLI as `npm run import` would, from the project root. */
function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: ROOT } })
}

const tempDir = () => mkdtemp(path.join(tmpdir(), 'dateline-import-cli-'))

test('import writes <slug>.mdx into --out, prints its path, and the file loads', async () => {
  const out = await tempDir()
  const r = run(fixture('ides-and-after.json'), '--out', out, '--published', '2024-05-01')
  assert.equal(r.status, 0, r.stderr)
  const file = path.join(out, 'from-the-ides-of-march-to-the-moon.mdx')
  assert.equal(r.stdout.trim(), `wrote ${file} (9 events)`)
  const loaded = await loadTimelineFile(file)
  assert.ok(loaded.ok)
  assert.equal(loaded.timeline.meta.published, '2024-05-01')
})

test('import prints every warning on stderr', async () => {
  const r = run(fixture('ides-and-after.json'), '--out', await tempDir())
  assert.match(r.stderr, /^warning: ides-and-after\.json: title: background not carried/m)
  assert.match(r.stderr, /^warning: ides-and-after\.json: eras: 2 eras became events tagged "era"/m)
})

test('import reads a TimelineJS sheet exported as CSV, and --slug names the file', async () => {
  const out = await tempDir()
  const r = run(fixture('space-race.csv'), '--out', out, '--slug', 'space')
  assert.equal(r.status, 0, r.stderr)
  assert.match(await readFile(path.join(out, 'space.mdx'), 'utf8'), /title: "The Space Race"/)
})

test('import publishes today unless told otherwise', async () => {
  const out = await tempDir()
  run(fixture('space-race.csv'), '--out', out)
  const d = new Date()
  const today = [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-')
  assert.match(await readFile(path.join(out, 'the-space-race.mdx'), 'utf8'), new RegExp(`^published: ${today}$`, 'm'))
})

test('import refuses to overwrite an existing file and exits 1', async () => {
  const out = await tempDir()
  await writeFile(path.join(out, 'the-space-race.mdx'), 'keep me')
  const r = run(fixture('space-race.csv'), '--out', out)
  assert.equal(r.status, 1)
  assert.match(r.stderr, /the-space-race\.mdx already exists; not overwritten/)
  assert.equal(await readFile(path.join(out, 'the-space-race.mdx'), 'utf8'), 'keep me')
})

test('bad input exits 1 with every error located', async () => {
  const r = run(fixture('bad-dates.json'), '--out', await tempDir())
  assert.equal(r.status, 1)
  assert.equal(r.stderr.trim().split('\n').length, 6)
  assert.match(r.stderr, /^bad-dates\.json: events\[1\]\.start_date\.year: expected a number, found "MMXXII"$/m)
})

test('a file that is not JSON exits 1 and says where it breaks', async () => {
  const dir = await tempDir()
  const file = path.join(dir, 'broken.json')
  await writeFile(file, '{\n  "events": [,]\n}\n')
  const r = run(file, '--out', dir)
  assert.equal(r.status, 1)
  assert.match(r.stderr, /^broken\.json: .*not valid JSON/)
})

test('a file that is neither .json nor .csv is a usage error, exit 2', () => {
  const r = run('notes.txt')
  assert.equal(r.status, 2)
  assert.match(r.stderr, /usage: npm run import/)
})
