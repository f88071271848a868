import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseSpan } from '../time/parse'
import type { Box, LayoutEventInput, LayoutQuoteInput, TimelineLayout } from './layout-types'
import { layoutHorizontal, layoutHorizontalView } from './timeline-layout'
import { connectorTurns } from './connectors'
import { planHorizontal } from './horizontal-plan'
import { viewShowing } from './zoom'
import { ru } from '../i18n/messages/ru'
import { layoutTexts } from './layout-texts'
import { layoutVertical } from './vertical-layout'
import { seededRandom } from '../test-support/seeded-random'

function span(date: string, end?: string) {
  const r = parseSpan(date, end)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

function event(id: string, date: string, title = `Event ${id}`, quoteIds: string[] = []): LayoutEventInput {
  return { id, title, span: span(date), importance: 2, quoteIds }
}

function boxesOf(layout: TimelineLayout): { name: string; box: Box }[] {
  return [
    ...layout.events.map((e) => ({ name: `label ${e.id}`, box: e.label as Box })),
    ...layout.clusters.map((c) => ({ name: `cluster ${c.id}`, box: c.label as Box })),
    ...layout.callouts.map((c) => ({ name: `callout ${c.id}`, box: c.box })),
  ]
}

function assertNoOverlap(layout: TimelineLayout) {
  const boxes = boxesOf(layout)
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!.box
    assert.ok(a.x >= 0 && a.x + a.width <= layout.width + 0.01, `${boxes[i]!.name} inside the drawing`)
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!.box
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
      assert.ok(apart, `${boxes[i]!.name} overlaps ${boxes[j]!.name}`)
    }
  }
}


function randomStory(seed: number, n: number): { events: LayoutEventInput[]; quotes: LayoutQuoteInput[] } {
  const rand = seededRandom(seed)
  const forms = ['day', 'day', 'day', 'month', 'year', 'interval', 'approx'] as const
  const events: LayoutEventInput[] = []
  const quotes: LayoutQuoteInput[] = []
  for (let i = 0; i < n; i++) {
    const t = Date.UTC(2000, 0, 1) + Math.floor(rand() * (rand() < 0.5 ? 30 : 9000)) * 86_400_000
    const d = new Date(t).toISOString().slice(0, 10)
    const form = forms[Math.floor(rand() * forms.length)]!
    const date = form === 'month' ? d.slice(0, 7) : form === 'year' ? d.slice(0, 4) : form === 'approx' ? `${d}~` : form === 'interval' ? `${d}/${new Date(t + 5 * 86_400_000).toISOString().slice(0, 10)}` : d
    const words = Array.from({ length: 2 + Math.floor(rand() * 9) }, () => 'word'.repeat(1 + Math.floor(rand() * 3)))
    const quoteIds = rand() < 0.3 ? [`q${i}`] : []
    events.push(event(`e${i}`, date, words.join(' '), quoteIds))
    for (const q of quoteIds) quotes.push({ id: q, text: words.concat(words).join(' '), by: 'Speaker', role: 'Role', span: span(date), eventId: `e${i}` })
  }
  events.sort((a, b) => a.span.min - b.span.min)
  return { events, quotes }
}

test('horizontal: no two label or callout boxes overlap, on random stories at several widths', () => {
  for (let seed = 1; seed <= 25; seed++) {
    const { events, quotes } = randomStory(seed, 5 + (seed % 4) * 8)
    for (const width of [720, 960, 1120, 1400]) assertNoOverlap(layoutHorizontal(events, quotes, { width }))
  }
})

test('horizontal, zoomed: no overlaps, and every event in view drawn once, alone or in a cluster, on random stories', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const { events, quotes } = randomStory(seed, 20 + (seed % 5) * 60)
    for (const width of [720, 960, 1120, 1400]) {
      const plan = planHorizontal(events, quotes, { width })
      const rand = seededRandom(seed * 31 + width)
      for (let z = 0; z < 4; z++) {
        const k = 1 + rand() * (z * 20)
        const centre = 20 + rand() * (width - 40)
        const view = viewShowing(centre - width / (2 * k), centre + width / (2 * k), 20, width - 20, plan.maxZoom)
        const l = layoutHorizontalView(plan, view)
        assertNoOverlap(l)
        const drawn = [...l.events.map((e) => e.id), ...l.clusters.flatMap((c) => c.eventIds)]
        assert.equal(new Set(drawn).size, drawn.length, 'no event is drawn twice')
        const inView = events.filter((_, i) => plan.ends[i]! * view.k + view.x >= 19 && plan.starts[i]! * view.k + view.x <= width - 19 || events[i]!.span.end.kind !== 'date' && plan.starts[i]! * view.k + view.x <= width - 19)
        for (const e of inView) assert.ok(drawn.includes(e.id), `${e.id} is in view at k=${view.k.toFixed(1)} and drawn`)
      }
    }
  }
})

test('vertical: no two label or callout boxes overlap, on random stories at several widths', () => {
  for (let seed = 1; seed <= 25; seed++) {
    const { events, quotes } = randomStory(seed, 5 + (seed % 4) * 8)
    for (const width of [300, 380, 560]) assertNoOverlap(layoutVertical(events, quotes, { width }))
  }
})

test('one mark per event, in time order along the axis, in both layouts', () => {
  const events = [event('a', '2021-06-16'), event('b', '2022-01-21'), event('c', '2022-02'), event('d', '2022-02-24'), event('e', '2022-07-29')]
  const h = layoutHorizontal(events, [])
  assert.deepEqual(h.events.map((e) => e.id), ['a', 'b', 'c', 'd', 'e'])
  for (let i = 1; i < h.events.length; i++) assert.ok(h.events[i]!.x > h.events[i - 1]!.x)
  const v = layoutVertical(events, [])
  for (let i = 1; i < v.events.length; i++) assert.ok(v.events[i]!.y > v.events[i - 1]!.y)
})

test('a day is a point; a month, a year and an interval are bars', () => {
  const l = layoutHorizontal([event('day', '2022-02-24'), event('month', '2022-02'), event('year', '2022'), event('range', '2022-03-01/2022-03-05')], [])
  const shape = Object.fromEntries(l.events.map((e) => [e.id, e.shape]))
  assert.deepEqual(shape, { day: 'point', month: 'span', year: 'span', range: 'span' })
  const month = l.events.find((e) => e.id === 'month')!
  assert.ok(month.bar!.width > 4, 'a month is drawn across its width, not as a false point')
})

test('open and approximate ends are drawn as such', () => {
  const l = layoutHorizontal([{ ...event('open', '2022-02'), span: span('2022-02', '..') }, event('approx', '2022-05~'), event('late', '2022-08-01')], [])
  const open = l.events.find((e) => e.id === 'open')!
  assert.equal(open.bar!.endStyle, 'open')
  assert.equal(open.bar!.startStyle, 'firm')
  const approx = l.events.find((e) => e.id === 'approx')!
  assert.equal(approx.approximate, true)
  assert.equal(approx.bar!.startStyle, 'fuzzy')
})

test('each mark has an accessible name with date, title and quote count', () => {
  const l = layoutHorizontal([event('x', '2022-02-24', 'Russia invades Ukraine', ['q1'])], [{ id: 'q1', text: 'Words', by: 'A', span: span('2022-02-24'), eventId: 'x' }])
  assert.equal(l.events[0]!.ariaLabel, 'Feb 24, 2022, 1 quote: Russia invades Ukraine')
  assert.equal(l.events[0]!.ariaDescription, 'February 24, 2022')
})

test('callouts hang from their event', () => {
  const events = [event('a', '2022-01-01'), event('b', '2022-06-01', 'B', ['q'])]
  const l = layoutHorizontal(events, [{ id: 'q', text: 'Said it', by: 'A', span: span('2022-06-01'), eventId: 'b' }])
  const b = l.events.find((e) => e.id === 'b')!
  const c = l.callouts[0]!
  assert.equal(c.connector[0]![0], b.x)
  assert.ok(c.box.x <= b.x && c.box.x + c.box.width >= b.x, 'the callout stands beside its mark')
})

test('many quotes of one week spread aside, joined to their marks, instead of one tall column', () => {
  const events = [event('a', '2021-06-16'), event('b', '2022-07-27', 'B', ['q0', 'q1', 'q2']), event('c', '2022-07-29', 'C', ['q3', 'q4', 'q5', 'q6', 'q7', 'q8'])]
  const quotes = events.flatMap((e) => e.quoteIds.map((id) => ({ id, text: `Words of ${id}, said at some length to fill a box`, by: 'Speaker', span: e.span, eventId: e.id })))
  const l = layoutHorizontal(events, quotes)
  assertNoOverlap(l)
  assert.equal(l.callouts.length, 9)
  const lanes = new Set(l.callouts.map((c) => c.lane))
  assert.ok(lanes.size <= 5, `${lanes.size} lanes of callouts for 9 quotes`)
  for (const c of l.callouts) {
    const mark = l.events.find((e) => e.id === c.eventId)!
    const [first, ...rest] = c.connector
    const last = rest.at(-1)!
    assert.equal(first![0], mark.x, `${c.id}'s connector starts at its mark`)
    assert.equal(last[1], c.box.y, `${c.id}'s connector ends on its box`)
    assert.ok(last[0] >= c.box.x && last[0] <= c.box.x + c.box.width, `${c.id}'s connector meets its box`)
  }
  // Until two stand beside a mark, callouts stay there: the first two quotes, one above the other.
  const b = l.events.find((e) => e.id === 'b')!
  for (const [id, lane] of [['q0', 0], ['q1', 1]] as const) {
    const c = l.callouts.find((c) => c.id === id)!
    assert.equal(c.lane, lane, `${id}'s lane`)
    assert.ok(c.box.x <= b.x && c.box.x + c.box.width >= b.x, `${id} stands beside its mark`)
  }
})

test('connectors running across one gap turn at different heights, the longest run highest', () => {
  const turns = connectorTurns([
    { anchor: 900, x: 880, width: 200, lane: 0 }, // straight down into its box
    { anchor: 900, x: 100, width: 200, lane: 1 }, // far aside: the longest run
    { anchor: 900, x: 500, width: 200, lane: 1 },
    { anchor: 950, x: 300, width: 200, lane: 1 },
    { anchor: 900, x: 400, width: 200, lane: 2 }, // alone in its gap
  ])
  assert.equal(turns[0], 4)
  assert.deepEqual([turns[1], turns[3], turns[2]], [10, 7, 4])
  assert.equal(turns[4], 10)
  // And in a layout: no two sideways runs in one gap share a height.
  const events = [event('a', '2021-06-16'), event('b', '2022-07-27', 'B', ['q0', 'q1', 'q2']), event('c', '2022-07-29', 'C', ['q3', 'q4', 'q5', 'q6', 'q7', 'q8'])]
  const quotes = events.flatMap((e) => e.quoteIds.map((id) => ({ id, text: `Words of ${id}, said at some length to fill a box`, by: 'Speaker', span: e.span, eventId: e.id })))
  const runs = layoutHorizontal(events, quotes).callouts.filter((c) => c.connector.length === 4)
  const byLane = new Map<number, number[]>()
  for (const c of runs) byLane.set(c.lane, [...(byLane.get(c.lane) ?? []), c.connector[1]![1]])
  for (const [lane, ys] of byLane) if (ys.length <= 3) assert.equal(new Set(ys).size, ys.length, `lane ${lane}: ${ys}`)
})

test('a BCE event lays out before a CE one', () => {
  const l = layoutHorizontal([event('ce', '0014-08-19'), event('bce', '-0043-03-15')].sort((a, b) => a.span.min - b.span.min), [])
  assert.deepEqual(l.events.map((e) => e.id), ['bce', 'ce'])
  assert.ok(l.events[0]!.x < l.events[1]!.x)
})

test('an empty timeline still lays out', () => {
  const l = layoutHorizontal([], [])
  assert.equal(l.events.length, 0)
  assert.ok(l.height > 0)
})

test('a mark speaks its story\'s language: Russian quote counts in their plural forms', () => {
  const quotes = ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => ({ id, text: 'Слова', by: 'А', span: span('2022-02-24'), eventId: 'x' }))
  const l = layoutHorizontal([event('x', '2022-02-24', 'Вторжение', quotes.map((q) => q.id))], quotes, { locale: 'ru', texts: layoutTexts(ru) })
  assert.match(l.events[0]!.ariaLabel, /^24 февр\.? 2022( г\.)?, 5 цитат: Вторжение$/)
})

test('a cluster is titled and described in the story\'s language', () => {
  // Many events a day apart over years: too close to draw apart unzoomed, so clusters.
  const events = Array.from({ length: 400 }, (_, i) => event(`e${i}`, new Date(Date.UTC(2020, 0, 1 + i * 2)).toISOString().slice(0, 10)))
  const l = layoutHorizontal(events, [], { locale: 'ru', texts: layoutTexts(ru) })
  const cluster = l.clusters[0]
  assert.ok(cluster, 'a cluster')
  assert.match(cluster.ariaLabel, /\d+ событ(ие|ия|ий)$/)
  assert.match(cluster.ariaDescription, /^Event \S+ и ещё \d+, с .* по /)
})
