import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { chronology } from './chronology'
import { loadTimelineFile } from './load.server'
import type { Timeline } from './model'

const fixtures = path.join(import.meta.dirname, 'fixtures')
async function load(name: string): Promise<Timeline> {
  const result = await loadTimelineFile(path.join(fixtures, `${name}.mdx`), path.basename(name), { compile: false })
  assert.ok(result.ok)
  return result.timeline
}

test('a chronology holds the events of every story in one time order, with ids that name their story', async () => {
  const [earlier, later] = [await load('publishing/earlier-story'), await load('publishing/public-story')]
  const { events, details, origins } = chronology([later, earlier], (slug) => `/timelines/${slug}`)
  assert.equal(events.length, earlier.events.length + later.events.length)
  for (let i = 1; i < events.length; i++) assert.ok(events[i - 1]!.span.min <= events[i]!.span.min, 'in time order')
  assert.deepEqual(
    details.map((d) => d.id),
    events.map((e) => e.id),
  )
  for (const e of events) {
    const origin = origins.get(e.id)!
    assert.equal(e.id, `${origin.slug}--${origin.eventId}`)
    const detail = details.find((d) => d.id === e.id)!
    assert.equal(detail.story?.href, `/timelines/${origin.slug}#${origin.eventId}`)
    assert.equal(detail.story?.title, origin.slug === earlier.slug ? earlier.meta.title : later.meta.title)
  }
  assert.equal(new Set(events.map((e) => e.id)).size, events.length, 'ids are unique across stories')
})

test('quotes keep their event, renamed as the event is', async () => {
  const [dates, other] = [await load('every-date-form'), await load('publishing/public-story')]
  const { events, quotes } = chronology([other, dates], (slug) => `/timelines/${slug}`)
  assert.equal(quotes.length, dates.quotes.length)
  assert.ok(quotes.some((q) => q.eventId))
  for (const q of quotes) {
    assert.ok(q.id.startsWith('every-date-form--'))
    if (q.eventId) assert.ok(events.some((e) => e.id === q.eventId && e.quoteIds.includes(q.id)))
  }
})
