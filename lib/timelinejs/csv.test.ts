import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseCsv } from './csv'

function rows(text: string): string[][] {
  const r = parseCsv(text)
  if (!r.ok) assert.fail(`expected to parse: ${r.error.message}`)
  return r.rows.map((row) => row.fields)
}

test('fields are split at commas and records at line breaks', () => {
  assert.deepEqual(rows('a,b,c\n1,2,3\n'), [
    ['a', 'b', 'c'],
    ['1', '2', '3'],
  ])
})

test('a quoted field keeps its commas', () => {
  assert.deepEqual(rows('"Smith, John",1\n'), [['Smith, John', '1']])
})

test('a doubled quote inside a quoted field is one quote', () => {
  assert.deepEqual(rows('"She said ""no""",x\n'), [['She said "no"', 'x']])
})

test('a quoted field can span lines, and each record knows the line it starts on', () => {
  const r = parseCsv('h1,h2\n"line one\nline two",b\nnext,row\n')
  assert.ok(r.ok)
  assert.deepEqual(r.rows[1]!.fields, ['line one\nline two', 'b'])
  assert.deepEqual(r.rows.map((row) => row.line), [1, 2, 4])
})

test('CRLF, LF and CR all end a record', () => {
  assert.deepEqual(rows('a\r\nb\nc\rd'), [['a'], ['b'], ['c'], ['d']])
})

test('a final line break does not add an empty record', () => {
  assert.equal(rows('a,b\r\n').length, 1)
})

test('empty fields are kept, the last one too', () => {
  assert.deepEqual(rows(',a,,\n'), [['', 'a', '', '']])
})

test('a UTF-8 byte order mark is not part of the first field', () => {
  assert.deepEqual(rows('\uFEFFYear,Month\n'), [['Year', 'Month']])
})

test('a quoted field that never closes is an error at its opening quote', () => {
  const r = parseCsv('a,b\n1,"unclosed\n2,3\n')
  assert.equal(r.ok, false)
  if (!r.ok) assert.deepEqual([r.error.line, r.error.column], [2, 3])
})

test('text after a closing quote is an error pointing at that text', () => {
  const r = parseCsv('"a"b,c\n')
  assert.equal(r.ok, false)
  if (!r.ok) {
    assert.deepEqual([r.error.line, r.error.column], [1, 4])
    assert.match(r.error.message, /written twice/)
  }
})

test('a quote inside a field that does not start with one is an error pointing at the quote', () => {
  const r = parseCsv('Year,Headline\n2022,A 5" tall statue\n')
  assert.equal(r.ok, false)
  if (!r.ok) {
    assert.deepEqual([r.error.line, r.error.column], [2, 9])
    assert.match(r.error.message, /enclose the whole field in quotes/)
  }
})

test('columns count characters, not bytes, after letters outside ASCII', () => {
  const r = parseCsv('Année,"café"x\n')
  assert.equal(r.ok, false)
  if (!r.ok) assert.deepEqual([r.error.line, r.error.column], [1, 13])
})
