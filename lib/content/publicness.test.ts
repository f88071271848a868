import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatWithheld, isPublic, publicness, publishedMs, showsUnpublished, withheld } from './publicness'

const utc = (iso: string) => new Date(iso)
const now = utc('2026-12-01T12:00:00Z')

test('a draft is not public, whatever its date', () => {
  assert.equal(isPublic({ draft: true, published: '2022-07-29' }, now), false)
  assert.deepEqual(publicness({ draft: true, published: '2022-07-29' }, now), { state: 'draft' })
})

test('a date-time still in the future embargoes the story until that moment', () => {
  assert.equal(isPublic({ draft: false, published: '2026-12-24T06:00:00Z' }, now), false)
  assert.deepEqual(publicness({ draft: false, published: '2026-12-24T06:00:00Z' }, now), { state: 'embargoed', until: '2026-12-24T06:00:00Z' })
})

test('a date-time in the past is public', () => {
  assert.equal(isPublic({ draft: false, published: '2026-12-01T11:59:59Z' }, now), true)
})

test('the embargo lifts at the exact millisecond, with the zone written', () => {
  const meta = { draft: false, published: '2026-12-01T13:00:00+01:00' }
  assert.equal(isPublic(meta, utc('2026-12-01T11:59:59.999Z')), false)
  assert.equal(isPublic(meta, utc('2026-12-01T12:00:00Z')), true)
})

test('a plain day is public from 00:00 UTC that day', () => {
  assert.equal(isPublic({ draft: false, published: '2026-12-01' }, now), true)
  assert.equal(isPublic({ draft: false, published: '2022-07-29' }, now), true)
  assert.deepEqual(publicness({ draft: false, published: '2026-12-02' }, now), { state: 'embargoed', until: '2026-12-02' })
})

test('publishedMs reads a day as midnight UTC', () => {
  assert.equal(publishedMs('2022-07-29'), Date.UTC(2022, 6, 29))
  assert.equal(publishedMs('2026-12-24T06:00:00Z'), Date.UTC(2026, 11, 24, 6))
})

test('only a production server hides unpublished stories', () => {
  assert.equal(showsUnpublished('production'), false)
  assert.equal(showsUnpublished('development'), true)
  assert.equal(showsUnpublished(undefined), true)
})

test('check names each draft and embargoed story, with the embargo’s end, and not the public ones', () => {
  const story = (file: string, draft: boolean, published: string) => ({ file, meta: { draft, published } as never })
  const lines = withheld([story('a.mdx', true, '2022-01-01'), story('b.mdx', false, '2026-12-24T06:00:00Z'), story('c.mdx', false, '2022-07-29')], now).map(formatWithheld)
  assert.deepEqual(lines, [
    'a.mdx  draft: not on the public site until `draft: true` is removed',
    'b.mdx  embargoed until 2026-12-24T06:00:00Z: the first build after that moment publishes it',
  ])
})
