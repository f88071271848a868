import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseDate } from '../time/parse'
import { astronomicalYear, instantToTimelineJs, timelineJsDateToEdtf, timelineJsYear, type TimelineJsDate } from './dates'

function edtf(date: TimelineJsDate): string {
  const r = timelineJsDateToEdtf(date)
  if (!r.ok) assert.fail(r.message)
  return r.edtf
}

function instant(text: string) {
  const r = parseDate(text)
  if (!r.ok || r.value.start.kind !== 'date') assert.fail(`cannot parse ${text}`)
  return r.value.start.date
}

test('a date keeps the precision it was given: year, month, day', () => {
  assert.equal(edtf({ year: 2022 }), '2022')
  assert.equal(edtf({ year: 2022, month: 2 }), '2022-02')
  assert.equal(edtf({ year: 2022, month: 2, day: 24 }), '2022-02-24')
})

test('any time part gives a date-time with seconds and no offset', () => {
  assert.equal(edtf({ year: 2022, month: 7, day: 29, hour: 10 }), '2022-07-29T10:00:00')
  assert.equal(edtf({ year: 2022, month: 7, day: 29, hour: 10, minute: 5, second: 9 }), '2022-07-29T10:05:09')
})

test('TimelineJS year -44, shown as 44 BCE, becomes astronomical EDTF -0043', () => {
  assert.equal(edtf({ year: -44, month: 3, day: 15 }), '-0043-03-15')
  assert.equal(astronomicalYear(-44), -43)
})

test('TimelineJS year -1 (1 BCE) becomes EDTF 0000', () => {
  assert.equal(edtf({ year: -1 }), '0000')
})

test('TimelineJS year 0 is read as 1 BCE, with a warning', () => {
  const r = timelineJsDateToEdtf({ year: 0 })
  assert.ok(r.ok)
  if (r.ok) {
    assert.equal(r.edtf, '0000')
    assert.match(r.warnings.join(), /year 0/)
  }
})

test('astronomical years at or before 0 go back to TimelineJS one lower', () => {
  assert.equal(timelineJsYear(-43), -44)
  assert.equal(timelineJsYear(0), -1)
  assert.equal(timelineJsYear(2022), 2022)
})

test('a day without a month, or a time without a day, is refused at that part', () => {
  assert.deepEqual(timelineJsDateToEdtf({ year: 2022, day: 3 }), { ok: false, message: 'a day needs a month', part: 'day' })
  const r = timelineJsDateToEdtf({ year: 2022, month: 3, hour: 10 })
  assert.equal(r.ok, false)
  if (!r.ok) assert.equal(r.part, 'hour')
})

test('a day past the end of its month is refused with the month length', () => {
  const r = timelineJsDateToEdtf({ year: 2023, month: 2, day: 29 })
  assert.equal(r.ok, false)
  if (!r.ok) assert.match(r.message, /February 2023 has 28 days/)
})

test('milliseconds are dropped with a warning', () => {
  const r = timelineJsDateToEdtf({ year: 1969, month: 7, day: 20, hour: 20, minute: 17, second: 40, millisecond: 250 })
  assert.ok(r.ok)
  if (r.ok) {
    assert.equal(r.edtf, '1969-07-20T20:17:40')
    assert.match(r.warnings.join(), /millisecond 250/)
  }
})

test('years beyond four digits are written with EDTF Y and kept as years', () => {
  assert.equal(edtf({ year: -12000 }), 'Y-11999')
  const r = timelineJsDateToEdtf({ year: 12000, month: 1 })
  assert.ok(r.ok && r.edtf === 'Y12000' && r.warnings.length === 1)
})

test('an instant goes back to TimelineJS parts to its own precision', () => {
  assert.deepEqual(instantToTimelineJs(instant('2022')), { year: 2022 })
  assert.deepEqual(instantToTimelineJs(instant('2022-02')), { year: 2022, month: 2 })
  assert.deepEqual(instantToTimelineJs(instant('-0043-03-15')), { year: -44, month: 3, day: 15 })
  assert.deepEqual(instantToTimelineJs(instant('2022-07-29T10:00:00+05:00')), { year: 2022, month: 7, day: 29, hour: 10, minute: 0, second: 0 })
})

test('a season or unspecified month keeps only the year', () => {
  assert.deepEqual(instantToTimelineJs(instant('2022-21')), { year: 2022 })
  assert.deepEqual(instantToTimelineJs(instant('2022-XX')), { year: 2022 })
})
