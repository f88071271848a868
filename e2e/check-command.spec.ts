import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from '@playwright/test'

const root = path.join(import.meta.dirname, '..')
const check = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/check.ts', ...args], { cwd: root, encoding: 'utf8' })

test('npm run check passes on the published content', () => {
  const r = check()
  expect(r.stdout).toContain('✓')
  expect(r.status).toBe(0)
})

test('an invalid fixture gives every located error and a non-zero exit', () => {
  const r = check('e2e/fixtures/invalid')
  expect(r.status).toBe(1)
  const out = r.stdout
  expect(out).toContain('e2e/fixtures/invalid/broken-story.mdx:5:1  unknown frontmatter key `titel`')
  expect(out).toMatch(/broken-story\.mdx:8:\d+ {2}invalid `date`/)
  expect(out).toContain('did you mean 2022-02-28?')
  expect(out).toContain('broken-story.mdx:10:26  unknown prop `titel` on <Event>')
  expect(out).toContain('broken-story.mdx:22:1  unknown component <Evnt>')
  expect(out).toMatch(/1 file checked in \d+ ms: \d+ errors in 1 file/)
})

test('check --format json lists file, line, column and message', () => {
  const r = check('e2e/fixtures/invalid', '--format', 'json')
  expect(r.status).toBe(1)
  const json = JSON.parse(r.stdout) as { errors: { file: string; line: number; column: number; message: string }[] }
  expect(json.errors.length).toBeGreaterThan(5)
  for (const e of json.errors) {
    expect(typeof e.file).toBe('string')
    expect(e.line).toBeGreaterThan(0)
    expect(e.column).toBeGreaterThan(0)
    expect(e.message.length).toBeGreaterThan(0)
  }
})

test('shared out among worker threads, check reports exactly what one thread reports', () => {
  // Workers start only on many files; DATELINE_CHECK_WORKERS forces them here, over every check's fixture.
  const run = (workers: string) => {
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/check.ts', 'lib/content/fixtures/checks', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATELINE_CHECK_WORKERS: workers },
    })
    const json = JSON.parse(r.stdout) as { errors: unknown[]; files?: unknown }
    return { status: r.status, errors: json.errors }
  }
  const one = run('1')
  const two = run('2')
  expect(one.errors.length).toBeGreaterThan(5)
  expect(two).toEqual(one)
})
