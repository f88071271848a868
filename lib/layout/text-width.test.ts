import assert from 'node:assert/strict'
import { test } from 'node:test'
import { textWidth, wrapText } from './text-width'

test('wider text measures wider', () => {
  assert.ok(textWidth('MMMM', 13) > textWidth('iiii', 13))
  assert.ok(textWidth('abc', 20) > textWidth('abc', 10))
  assert.ok(textWidth('abc', 13, true) > textWidth('abc', 13))
})

test('short text stays on one line', () => {
  const r = wrapText('Russia invades Ukraine', 300, 13, 2)
  assert.deepEqual(r.lines, ['Russia invades Ukraine'])
  assert.equal(r.truncated, false)
})

test('long text wraps within the width', () => {
  const r = wrapText('Biden and Putin agree to name officials on prisoners', 150, 13, 3)
  assert.ok(r.lines.length > 1)
  for (const line of r.lines) assert.ok(textWidth(line, 13) <= 150, line)
  assert.equal(r.lines.join(' '), 'Biden and Putin agree to name officials on prisoners')
})

test('text beyond the last line ends in an ellipsis', () => {
  const r = wrapText('one two three four five six seven eight nine ten eleven twelve', 80, 13, 2)
  assert.equal(r.lines.length, 2)
  assert.equal(r.truncated, true)
  assert.ok(r.lines[1]!.endsWith('…'))
  for (const line of r.lines) assert.ok(textWidth(line, 13) <= 80, line)
})

test('a single word longer than the line is cut to fit', () => {
  const r = wrapText('Supercalifragilisticexpialidocious', 60, 13, 1)
  assert.ok(r.lines[0]!.endsWith('…'))
  assert.ok(textWidth(r.lines[0]!, 13) <= 60)
})
