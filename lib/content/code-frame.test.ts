import assert from 'node:assert/strict'
import { test } from 'node:test'
import { codeFrame, formatCodeFrame } from './code-frame'

const source = ['---', 'title: T', '---', '', '<Event date="2022-02-30" title="Bad" />', '', 'Prose.'].join('\n')

test('a code frame shows two lines either side and marks the error line', () => {
  const frame = codeFrame(source, 5, 14)
  assert.deepEqual(
    frame.lines.map((l) => [l.number, l.marked]),
    [
      [3, false],
      [4, false],
      [5, true],
      [6, false],
      [7, false],
    ],
  )
  assert.equal(frame.column, 14)
})

test('a code frame near the top or bottom of the file stays inside it', () => {
  assert.deepEqual(codeFrame(source, 1, 1).lines.map((l) => l.number), [1, 2, 3])
  assert.deepEqual(codeFrame(source, 99, 1).lines.map((l) => l.number), [5, 6, 7])
})

test('the caret never points past the end of the line', () => {
  assert.equal(codeFrame(source, 2, 80).column, 'title: T'.length + 1)
})

test('formatted, the caret stands under the column, keeping tabs so it lines up', () => {
  assert.equal(
    formatCodeFrame(codeFrame('a\n\tbad\nc', 2, 3, 1)),
    ['  1 | a', '> 2 | \tbad', '    | \t ^', '  3 | c'].join('\n'),
  )
})
