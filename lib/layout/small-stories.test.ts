import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseSpan } from '../time/parse'
import { drawings } from './drawings'
import { ENGLISH_LAYOUT } from './layout-texts'
import type { LayoutEventInput, TimelineLayout } from './layout-types'
import { textWidth } from './text-width'

// The stories a newsroom starts with: one or two events, or one day hour by hour.
function event(id: string, date: string, end?: string): LayoutEventInput {
  const r = parseSpan(date, end)
  if (!r.ok) throw new Error(r.error.message)
  return { id, title: `Event ${id}`, span: r.value, importance: 2, quoteIds: [] }
}

const both = (events: LayoutEventInput[]) => {
  const d = drawings(events, [], 'en', ENGLISH_LAYOUT)
  return [d.horizontal, d.vertical] as const
}

const dayAndMonth = [event('invasion', '2022-02-24'), event('march', '2022-03')]
const loneDay = [event('only', '2022-02-24')]
const hourByHour = [event('a', '2022-07-29T08:00:00+03:00'), event('b', '2022-07-29T10:00:00+03:00'), event('c', '2022-07-29T14:30:00+03:00')]
const TIME = /\d:\d\d/

/** Where each tick label runs along the axis, as the Axis component draws it (text-width estimates). */
function labelExtents(layout: TimelineLayout) {
  return layout.axis.ticks
    .filter((t) => t.label)
    .map((t) =>
      layout.orientation === 'horizontal'
        ? { label: t.label, from: t.x - 2 + t.shift, to: t.x - 2 + t.shift + textWidth(t.label, 11, t.major), limit: layout.width }
        : { label: t.label, from: t.y + t.shift - 7, to: t.y + t.shift + 7, limit: layout.height },
    )
}

test('the axis runs past the end of every span, a month to its last day, with room to spare', () => {
  for (const layout of both(dayAndMonth)) {
    const first = layout.segments[0]!
    const last = layout.segments[layout.segments.length - 1]!
    for (const e of dayAndMonth) {
      assert.ok(first.start < e.span.min, `${layout.orientation}: ${e.id} starts inside the axis`)
      assert.ok(last.end > e.span.max + 1, `${layout.orientation}: ${e.id} ends inside the axis`)
    }
  }
})

test('a month’s bar is drawn whole, clear of the drawing’s edge', () => {
  const [horizontal, vertical] = both(dayAndMonth)
  const bar = horizontal.events.find((e) => e.id === 'march')!.bar!
  assert.ok(bar.x + bar.width < horizontal.width - 20, `bar ends at ${bar.x + bar.width}`)
  assert.ok(bar.width > 300, `a month of five weeks is most of the drawing, not a sliver (${bar.width} px)`)
  const down = vertical.events.find((e) => e.id === 'march')!.bar!
  assert.ok(down.y + down.height < vertical.segments[vertical.segments.length - 1]!.x1)
})

test('ticks of a stretch of days never show a time of day', () => {
  for (const events of [dayAndMonth, loneDay])
    for (const layout of both(events)) {
      const labels = layout.axis.ticks.map((t) => t.label).filter(Boolean)
      assert.ok(labels.length >= 3, `${layout.orientation}: ${labels.join(', ')}`)
      for (const label of labels) assert.doesNotMatch(label, TIME, `${layout.orientation}: ${label}`)
    }
})

test('no tick label crosses an edge of the drawing', () => {
  for (const events of [dayAndMonth, loneDay, hourByHour, [event('d1', '2012'), event('d2', '2021')]])
    for (const layout of both(events))
      for (const l of labelExtents(layout)) assert.ok(l.from >= 0 && l.to <= l.limit, `${layout.orientation}: "${l.label}" runs ${l.from}–${l.to} of ${l.limit}`)
})

test('vertical tick labels fit in the room left of the axis', () => {
  for (const events of [dayAndMonth, loneDay, hourByHour]) {
    const [, vertical] = both(events)
    for (const t of vertical.axis.ticks) if (t.label) assert.ok(textWidth(t.label, 11, t.major) <= t.x - 10, `"${t.label}"`)
  }
})

test('a lone event stands in the middle of its axis, with days on both sides', () => {
  const [horizontal, vertical] = both(loneDay)
  const mark = horizontal.events[0]!
  assert.ok(Math.abs(mark.x - horizontal.width / 2) < 1, `mark at ${mark.x} of ${horizontal.width}`)
  const labelled = horizontal.axis.ticks.filter((t) => t.label)
  assert.ok(labelled.filter((t) => t.x < mark.x).length >= 2 && labelled.filter((t) => t.x > mark.x + 1).length >= 2)
  const down = vertical.segments[0]!
  assert.ok(Math.abs(vertical.events[0]!.y - (down.x0 + down.x1) / 2) < 1)
})

/** The hour a tick label reads ("10:00 AM" → 10), or undefined for a label without a time. */
function hourRead(label: string): number | undefined {
  const m = /(\d{2}):\d{2}\s?(AM|PM)/.exec(label)
  return m ? (Number(m[1]) % 12) + (m[2] === 'PM' ? 12 : 0) : undefined
}

test('a day told hour by hour has its ticks on the hours of its own zone', () => {
  const [horizontal] = both(hourByHour)
  const ten = horizontal.axis.ticks.find((t) => hourRead(t.label) === 10)
  assert.ok(ten, horizontal.axis.ticks.map((t) => t.label).join(', '))
  assert.ok(Math.abs(horizontal.events.find((e) => e.id === 'b')!.x - ten.x) < 0.5)
  for (const layout of both(hourByHour)) {
    const read = layout.axis.ticks.filter((t) => hourRead(t.label) !== undefined)
    assert.ok(read.length >= 2, `${layout.orientation}: ${layout.axis.ticks.map((t) => t.label).join(', ')}`)
    for (const t of read) assert.equal(hourRead(t.label), new Date(t.t).getUTCHours() + 3, `${layout.orientation}: ${t.label}`)
    assert.equal(layout.axis.zone?.text, 'Times in UTC+3')
  }
})

test('a story’s own time zone moves its ticks, and the axis names it', () => {
  const d = drawings(hourByHour, [], 'en', ENGLISH_LAYOUT, { timezone: 'Asia/Dubai' })
  // 10:00 at +03:00 is 11:00 in Dubai (+04:00).
  const eleven = d.horizontal.axis.ticks.find((t) => hourRead(t.label) === 11)
  assert.ok(eleven, d.horizontal.axis.ticks.map((t) => t.label).join(', '))
  assert.equal(d.horizontal.events.find((e) => e.id === 'b')!.x, eleven.x)
  assert.match(d.horizontal.axis.zone!.text, /^Times in Gulf/)
  assert.equal(d.zoomInput.timeZone, 'Asia/Dubai')
})

test('a story without times of day does not name a zone', () => {
  for (const layout of both(dayAndMonth)) assert.equal(layout.axis.zone, undefined)
})

test('no tick label is struck through by a quote’s connector or sits under an approximate date’s ring', () => {
  const events = [event('a', '2022-07-24'), event('b', '2022-07-27~'), event('c', '2022-07-29?'), { ...event('d', '2022-07-28'), quoteIds: ['q'] }]
  const quote = { id: 'q', text: 'Words', by: 'Someone', span: events[3]!.span, eventId: 'd' }
  const { horizontal } = drawings(events, [quote], 'en', ENGLISH_LAYOUT)
  const lines = [...horizontal.callouts.map((c) => c.connector[0]![0]), ...horizontal.events.filter((e) => e.approximate || e.uncertain).map((e) => e.x)]
  assert.equal(lines.length, 3)
  for (const l of labelExtents(horizontal)) for (const x of lines) assert.ok(x < l.from || x > l.to, `"${l.label}" (${l.from}–${l.to}) crosses ${x}`)
})
