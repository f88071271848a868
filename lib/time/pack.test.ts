import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { parseSpan } from './parse'
import { packSpan, unpackSpan } from './pack'
import type { TimeSpan } from './types'

/** Every `date` (with its `end`) of the fixture that uses each supported EDTF form once. */
const fixtureDates = [...readFileSync(new URL('../content/fixtures/every-date-form.mdx', import.meta.url), 'utf8').matchAll(/<(?:Event|Quote)\b[^>]*?\bdate="([^"]+)"(?:[^>]*?\bend="([^"]+)")?/g)].map((m) => [m[1]!, m[2]] as const)

/** Forms the fixture does not have: seasons, unspecified digits, zones, seconds, old and far years, odd intervals. */
const moreDates: (readonly [string, string?])[] = [
  ['2022-21'],
  ['201X'],
  ['2022-XX'],
  ['2022-02-XX'],
  ['2022-07-29T10:00:00Z'],
  ['2022-07-29T10:00:00'],
  ['2022-07-29T23:59:59-03:30'],
  ['-0043'],
  ['0000'],
  ['9999-12-31'],
  ['../2022'],
  ['/2022'],
  ['2022/2022-03'],
  ['2022~/2023?'],
  ['2022-02-17/2022-02-17'],
  ['2022-02-24', '..'],
  ['2022-02-24T09:00:00+03:00', '2022-02-24T17:30:00+03:00'],
]

function parsed(date: string, end?: string): TimeSpan {
  const r = parseSpan(date, end)
  if (!r.ok) assert.fail(`${date}${end ? ` to ${end}` : ''} should parse: ${r.error.message}`)
  return r.value
}

/** What the page's data carries is JSON: the round trip must survive it too. */
const throughJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

test('the fixture of every date form has dates to pack', () => {
  assert.ok(fixtureDates.length >= 12)
})

for (const [date, end] of [...fixtureDates, ...moreDates]) {
  test(`${date}${end ? ` with end ${end}` : ''} comes back from its packed form as it was parsed`, () => {
    const span = parsed(date, end)
    assert.deepStrictEqual(unpackSpan(throughJson(packSpan(span))), span)
  })
}

test('a single date packs to its Instant alone, and its end is its start again', () => {
  const packed = packSpan(parsed('2022-02-24'))
  assert.notEqual(typeof packed[0], 'number')
  const span = unpackSpan(packed)
  assert.equal(span.end, span.start)
})

test('an interval names its text and extent only where its ends do not give them', () => {
  const packed = packSpan(parsed('2021-06-16/2021-06-17'))
  assert.equal(packed.length, 3)
})

test('a span whose extent is not its ends’ keeps its own', () => {
  const span: TimeSpan = { ...parsed('2022-02/'), max: Date.UTC(2022, 5, 1) }
  assert.deepStrictEqual(unpackSpan(packSpan(span)), span)
})

test('a packed day is several times smaller than the span as JSON', () => {
  const span = parsed('2022-07-29T10:00:00+05:00')
  assert.ok(JSON.stringify(packSpan(span)).length * 4 < JSON.stringify(span).length, JSON.stringify(packSpan(span)))
})

test('a date’s extent is written only where its fields do not give it', () => {
  const big = (packed: unknown) => JSON.stringify(packed).match(/-?\d{7,}/g) ?? []
  for (const text of ['2022-02-24', '2022-02', '-0043-03-15', '2022-07-29T10:00:00+05:00', '2022-07-29T23:59:59-03:30']) assert.deepEqual(big(packSpan(parsed(text))), [], text)
  for (const text of ['201X', '2022-21']) assert.ok(big(packSpan(parsed(text))).length > 0, text)
})

test('a date’s text is written only where its fields do not read as it', () => {
  for (const text of ['2022-02-24', '2022-02~', '2021?', '2022-07-29%', '-0043-03-15', '2022-07-29T10:00:00+05:00', '2022-07-29T10:00:00Z']) assert.equal(packSpan(parsed(text))[0], null, text)
  for (const text of ['201X', '2022-21']) assert.equal(packSpan(parsed(text))[0], text)
})
