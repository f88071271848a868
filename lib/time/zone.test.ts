import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatSpan } from './format'
import { parseSpan } from './parse'
import { fixedZone, fromWallClock, hasTimes, isKnownTimeZone, spanInZone, storyZone, toWallClock, zoneName, zoneOffset } from './zone'

function span(date: string) {
  const r = parseSpan(date)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

test('a story names its zone in its frontmatter', () => {
  assert.equal(storyZone('Europe/Moscow', [span('2022-07-29T10:00:00+05:00')]), 'Europe/Moscow')
})

test('without one, the offset its timed dates share is the story’s zone', () => {
  assert.equal(storyZone(undefined, [span('2022-07-29T10:00:00+03:00'), span('2022-07-29T14:30:00+03:00'), span('2022-07-28')]), '+03:00')
})

test('times written in different offsets, or no times at all, are read in UTC', () => {
  assert.equal(storyZone(undefined, [span('2022-07-29T10:00:00+03:00'), span('2022-07-29T14:30:00+05:00')]), 'UTC')
  assert.equal(storyZone(undefined, [span('2022-07-29')]), 'UTC')
})

test('only dates with a time of day need a zone said', () => {
  assert.equal(hasTimes([span('2022-07-29'), span('2022-07')]), false)
  assert.equal(hasTimes([span('2022-07-29'), span('2022-07-29T10:00:00Z')]), true)
})

test('a fixed offset is written as EDTF writes it', () => {
  assert.equal(fixedZone(180), '+03:00')
  assert.equal(fixedZone(-210), '-03:30')
  assert.equal(fixedZone(0), 'UTC')
})

test('a fixed offset is the same all year; an IANA zone follows daylight saving time', () => {
  assert.equal(zoneOffset('+05:30', Date.UTC(2022, 0, 1)), 330)
  assert.equal(zoneOffset('America/New_York', Date.UTC(2022, 0, 15)), -300)
  assert.equal(zoneOffset('America/New_York', Date.UTC(2022, 6, 15)), -240)
  assert.equal(zoneOffset('UTC', Date.UTC(2022, 6, 15)), 0)
})

test('wall-clock readings go back to the moment they stand for, on either side of a DST change', () => {
  for (const t of [Date.UTC(2022, 2, 13, 5), Date.UTC(2022, 2, 13, 9), Date.UTC(2022, 10, 6, 4), Date.UTC(2022, 10, 6, 7)])
    assert.equal(fromWallClock('America/New_York', toWallClock('America/New_York', t)), t)
  assert.equal(toWallClock('+03:00', Date.UTC(2022, 6, 29, 7)), Date.UTC(2022, 6, 29, 10))
})

test('Intl’s zone names pass, invented ones fail', () => {
  assert.equal(isKnownTimeZone('Europe/Moscow'), true)
  assert.equal(isKnownTimeZone('UTC'), true)
  assert.equal(isKnownTimeZone('Europe/Atlantis'), false)
})

test('a reader is told an offset as UTC±h, an IANA zone by its name in the story’s language', () => {
  assert.equal(zoneName('+03:00', 'en', 0), 'UTC+3')
  assert.equal(zoneName('-03:30', 'en', 0), 'UTC-3:30')
  assert.match(zoneName('Europe/Moscow', 'en', Date.UTC(2022, 6, 1)), /Moscow/)
})

test('a time written with an offset is read in the story zone: same moment, the zone’s offset at that moment', () => {
  const written = span('2022-02-24T03:00:00Z')
  const kyiv = spanInZone(written, 'Europe/Kyiv')
  assert.equal(kyiv.min, written.min)
  assert.equal(kyiv.edtf, written.edtf)
  assert.equal(formatSpan(kyiv, 'en'), 'February 24, 2022 at 5:00 AM UTC+2')
  // Summer time in the same zone.
  assert.equal(formatSpan(spanInZone(span('2022-07-29T07:00:00Z'), 'Europe/Kyiv'), 'en'), 'July 29, 2022 at 10:00 AM UTC+3')
})

test('floating times and days are not moved by the story zone', () => {
  for (const text of ['2022-02-24T03:00:00', '2022-02-24', '2022-02~']) {
    const written = span(text)
    assert.equal(spanInZone(written, 'Asia/Tokyo'), written, text)
  }
})

test('an interval reads both ends in the zone', () => {
  // Intl's range puts thin and narrow spaces around the dash: compared as plain spaces.
  const text = formatSpan(spanInZone(span('2022-02-24T03:00:00Z/2022-02-24T09:30:00+05:00'), 'Europe/Kyiv'), 'en')
  assert.equal(text.replace(/\s/gu, ' '), 'February 24, 2022, 5:00 – 6:30 AM UTC+2')
})
