import assert from 'node:assert/strict'
import { test } from 'node:test'
import { EMBED_DEFAULTS, parseEmbedOptions, serializeEmbedOptions } from './options'

const IDS = ['russia-invades-ukraine', 'geneva-summit-2021']
const TAGS = ['war', 'diplomacy']
const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query), IDS, TAGS)

test('no parameters give the defaults', () => {
  assert.deepEqual(parse('').options, EMBED_DEFAULTS)
  assert.deepEqual(parse('').ignored, [])
})

test('every option is read when valid', () => {
  const { options, ignored } = parse('theme=dark&start=russia-invades-ukraine&from=2022-01&to=2022-03-01&tags=war,diplomacy&quotes=0&header=0&lang=es&hosthash=1')
  assert.deepEqual(ignored, [])
  assert.equal(options.theme, 'dark')
  assert.equal(options.start, 'russia-invades-ukraine')
  assert.equal(options.from?.edtf, '2022-01')
  assert.equal(options.from?.min, Date.UTC(2022, 0, 1))
  assert.equal(options.to?.max, Date.UTC(2022, 2, 2) - 1)
  assert.deepEqual(options.tags, ['war', 'diplomacy'])
  assert.equal(options.quotes, false)
  assert.equal(options.header, false)
  assert.equal(options.lang, 'es')
  assert.equal(options.hostHash, true)
})

test('invalid values fall back to defaults and are reported', () => {
  const { options, ignored } = parse('theme=purple&quotes=maybe&from=yesterday')
  assert.equal(options.theme, 'auto')
  assert.equal(options.quotes, true)
  assert.equal(options.from, undefined)
  assert.deepEqual(ignored.map((i) => i.name).sort(), ['from', 'quotes', 'theme'])
})

test('hostile values never come back as given', () => {
  const hostile = ['<script>alert(1)</script>', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>', 'x'.repeat(5000), '\u202egnp.exe', '☃️💥']
  for (const value of hostile) {
    const q = new URLSearchParams({ theme: value, start: value, from: value, to: value, tags: value, lang: value, quotes: value })
    const { options } = parseEmbedOptions(q, IDS, TAGS)
    const serialized = JSON.stringify(options) + serializeEmbedOptions(options)
    assert.ok(!serialized.includes(value), `echoed ${value.slice(0, 20)}`)
    assert.deepEqual(options, EMBED_DEFAULTS)
  }
})

test('start must name an event of this timeline', () => {
  assert.equal(parse('start=no-such-event').options.start, undefined)
  assert.equal(parse('start=geneva-summit-2021').options.start, 'geneva-summit-2021')
})

test('to before from is dropped', () => {
  const { options, ignored } = parse('from=2022-03&to=2022-01')
  assert.equal(options.to, undefined)
  assert.deepEqual(ignored, [{ name: 'to', reason: 'before from' }])
})

test('unknown parameters are reported, not used', () => {
  assert.deepEqual(parse('utm_source=x').ignored, [{ name: 'utm_source', reason: 'unknown parameter' }])
})

test('serialize then parse gives the same options', () => {
  const { options } = parse('theme=light&start=geneva-summit-2021&tags=war&quotes=0&from=2021')
  assert.deepEqual(parse(serializeEmbedOptions(options)).options, options)
})

test('Next.js searchParams objects are read like URLSearchParams', () => {
  const { options } = parseEmbedOptions({ theme: ['dark', 'light'], header: '0' }, IDS, TAGS)
  assert.equal(options.theme, 'dark')
  assert.equal(options.header, false)
})

test('a tag in any script is found by its key, in any case or Unicode form, as the timeline spells it', () => {
  const known = ['Россия', 'الأسرى', 'prisoners', 'россия']
  const query = `tags=${encodeURIComponent('РОССИЯ')},${encodeURIComponent('الأسرى')}`
  const { options, ignored } = parseEmbedOptions(new URLSearchParams(query), IDS, known)
  assert.deepEqual(options.tags, ['Россия', 'россия', 'الأسرى'])
  assert.deepEqual(ignored, [])
})

test('a tag written decomposed (NFD) matches the same tag written composed (NFC)', () => {
  const { options } = parseEmbedOptions(new URLSearchParams({ tags: 'Ёлка'.normalize('NFD') }), IDS, ['Ёлка'])
  assert.deepEqual(options.tags, ['Ёлка'])
})

test('an Arabic tag with its vowel marks is a tag', () => {
  const { options, ignored } = parseEmbedOptions(new URLSearchParams({ tags: 'سُجَناء' }), IDS, ['سُجَناء'])
  assert.deepEqual(options.tags, ['سُجَناء'])
  assert.deepEqual(ignored, [])
})

test('a tag in another script that the timeline does not have is ignored', () => {
  const { options, ignored } = parseEmbedOptions(new URLSearchParams({ tags: 'Украина' }), IDS, ['Россия'])
  assert.deepEqual(options.tags, [])
  assert.deepEqual(ignored, [{ name: 'tags', reason: 'not a tag of this timeline' }])
})
