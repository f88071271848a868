import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseDate } from '../time/parse'
import { mirrorSparkMarks, sparkMarks } from './sparkline'

const event = (date: string, importance: 1 | 2 | 3 = 2) => {
  const r = parseDate(date)
  if (!r.ok) throw new Error(date)
  return { span: r.value, importance }
}

test('events stand at their moment on a line from the first to the last, in the order given', () => {
  const marks = sparkMarks([event('2022-01-01'), event('2022-01-11', 1), event('2022-01-21')], 100)
  assert.deepEqual(
    marks.map((m) => Math.round(m.x)),
    [0, 50, 100].map((x) => Math.round(x * (20 / 20.999))),
  )
  assert.equal(marks[1]!.importance, 1)
  assert.ok(marks.every((m) => m.x1 === undefined))
})

test('a month, a year or an interval is a stretch; one event stands in the middle', () => {
  const [year, day] = sparkMarks([event('2021'), event('2021-06-01')], 300)
  assert.equal(year!.x, 0)
  assert.equal(Math.round(year!.x1!), 300)
  assert.ok(day!.x > 100 && day!.x < 150)
  assert.deepEqual(sparkMarks([event('2022-02-24')], 200), [{ x: 100, importance: 2 }])
  assert.deepEqual(sparkMarks([], 200), [])
})

test('mirrored marks run right to left: the first moment at the right end, a span keeping its length', () => {
  const marks = mirrorSparkMarks([{ x: 0, importance: 1 }, { x: 20, x1: 50, importance: 2 }, { x: 100, importance: 3 }], 100)
  assert.deepEqual(marks, [{ x: 100, importance: 1 }, { x: 50, x1: 80, importance: 2 }, { x: 0, importance: 3 }])
})
