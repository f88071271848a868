import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { test } from 'node:test'
import { formatError } from '../lib/content/errors'
import { VNU_JAR, vnuArgs, vnuErrors } from './html-check'

const pages = new Map([
  ['/tmp/vnu/page-0.html', '/'],
  ['/tmp/vnu/page-1.html', '/docs/authoring'],
])

/** A report as vnu 26 prints it: file URLs with one slash, line and columns of the last line. */
const reportOf = (...messages: object[]) => JSON.stringify({ version: '26.9.27', messages })

test('vnuArgs runs the packaged jar once on every file, errors only, as JSON', () => {
  assert.deepEqual(vnuArgs(['a.html', 'b.html'], 'vnu.jar'), ['-jar', 'vnu.jar', '--format', 'json', '--errors-only', '--exit-zero-always', 'a.html', 'b.html'])
  assert.ok(existsSync(VNU_JAR), VNU_JAR)
})

test('an error is located on the page its file was fetched from, at its line and first column', () => {
  const errors = vnuErrors(
    reportOf({ type: 'error', url: 'file:/tmp/vnu/page-1.html', lastLine: 12, firstColumn: 80, lastColumn: 83, message: 'No “p” element in scope but a “p” end tag seen.', extract: 'iv>x</div></p>\n<img' }),
    pages,
  )
  assert.deepEqual(errors, [{ file: '/docs/authoring', line: 12, column: 80, message: 'No “p” element in scope but a “p” end tag seen.', found: 'iv>x</div></p> <img' }])
  assert.equal(formatError(errors[0]!), '/docs/authoring:12:80  No “p” element in scope but a “p” end tag seen.\n    found:    iv>x</div></p> <img')
})

test('a clean report has no errors', () => {
  assert.deepEqual(vnuErrors(reportOf(), pages), [])
})

test('info messages and warnings are not errors', () => {
  const report = reportOf({ type: 'info', url: 'file:/tmp/vnu/page-0.html', message: 'Trailing slash on void elements has no effect.' }, { type: 'info', subType: 'warning', url: 'file:/tmp/vnu/page-0.html', message: 'Consider adding a “lang” attribute.' })
  assert.deepEqual(vnuErrors(report, pages), [])
})

test('a file vnu could not read is an error of its page', () => {
  const errors = vnuErrors(reportOf({ type: 'non-document-error', subType: 'io', url: 'file:/tmp/vnu/page-0.html', message: 'File not found.' }), pages)
  assert.deepEqual(errors, [{ file: '/', line: 0, column: 0, message: 'File not found.' }])
})

test('a known false positive is left out by its whole message, and nothing else is', () => {
  const ignore = [{ message: /^Bad value “x” for attribute “y”\.$/, why: 'test' }]
  const errors = vnuErrors(
    reportOf(
      { type: 'error', url: 'file:/tmp/vnu/page-0.html', lastLine: 1, firstColumn: 1, message: 'Bad value “x” for attribute “y”.' },
      { type: 'error', url: 'file:/tmp/vnu/page-0.html', lastLine: 2, firstColumn: 1, message: 'Bad value “x” for attribute “y”. Something else.' },
    ),
    pages,
    ignore,
  )
  assert.deepEqual(
    errors.map((e) => e.line),
    [2],
  )
})

test('output that is not vnu’s JSON report throws, so a crashed checker never passes', () => {
  assert.throws(() => vnuErrors('Error: Unable to access jarfile', pages), /did not print a JSON report/)
  assert.throws(() => vnuErrors('{"version":"1"}', pages))
})
