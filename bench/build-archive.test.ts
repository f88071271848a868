import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eventsOf, publishedOf } from './build.bench'

test('an archive of 1,000 stories runs from 30 to 300 events a story', () => {
  const counts = Array.from({ length: 1_000 }, (_, i) => eventsOf(i))
  assert.equal(Math.min(...counts), 30)
  assert.equal(Math.max(...counts), 300)
})

test('an archive of 100 stories already has short and long ones', () => {
  const counts = Array.from({ length: 100 }, (_, i) => eventsOf(i))
  assert.ok(counts.some((c) => c < 60))
  assert.ok(counts.some((c) => c > 270))
})

test('publication days are real days from 2016 to 2024', () => {
  for (let i = 0; i < 1_000; i++) {
    const day = publishedOf(i)
    assert.match(day, /^20(1[6-9]|2[0-4])-\d\d-\d\d$/)
    assert.equal(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10), day)
  }
})
