import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { codeVersion, sourceFiles } from './code-version.mjs'

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dateline-code-version-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

test('sourceFiles lists a folder sorted, without tests and dot-files', () => {
  const root = project({ 'lib/b.ts': '', 'lib/a.ts': '', 'lib/a.test.ts': '', 'lib/.hidden': '', 'lib/x/c.tsx': '' })
  assert.deepEqual(sourceFiles(root, 'lib'), ['lib/a.ts', 'lib/b.ts', 'lib/x/c.tsx'])
})

test('codeVersion is the same for the same files', () => {
  const files = { 'lib/a.ts': 'export const a = 1', 'package-lock.json': '{}' }
  assert.equal(codeVersion(project(files)), codeVersion(project(files)))
})

test('codeVersion changes with a file’s text, and with its name', () => {
  const base = codeVersion(project({ 'lib/a.ts': 'export const a = 1' }))
  assert.notEqual(codeVersion(project({ 'lib/a.ts': 'export const a = 2' })), base)
  assert.notEqual(codeVersion(project({ 'lib/b.ts': 'export const a = 1' })), base)
})

test('codeVersion ignores a changed test', () => {
  const base = codeVersion(project({ 'lib/a.ts': 'x', 'lib/a.test.ts': '1' }))
  assert.equal(codeVersion(project({ 'lib/a.ts': 'x', 'lib/a.test.ts': '2' })), base)
})
