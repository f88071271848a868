import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { loadTimelineFile } from '../content/load.server'
import { parseEmbedOptions } from './options'
import { widgetModel } from './widget-model'
import { drawingsOf } from '../layout/drawings'
import { eventHrefs, isWholeDetail } from '../interaction/model'

const file = path.join(import.meta.dirname, '..', 'content', 'fixtures', 'every-date-form.mdx')
const STORY = 'https://dateline.example/timelines/every-date-form'

async function modelFor(query: string) {
  const r = await loadTimelineFile(file)
  if (!r.ok) assert.fail('fixture must load')
  const t = r.timeline
  const { options } = parseEmbedOptions(new URLSearchParams(query), t.events.map((e) => e.id), t.events.flatMap((e) => e.tags))
  return { t, m: widgetModel(t, options, STORY) }
}

test('with no options the widget shows every event and quote of the story', async () => {
  const { t, m } = await modelFor('')
  assert.equal(m.viewer.details.length, t.events.length)
  assert.equal(drawingsOf(m.viewer.input).horizontal.callouts.length, t.quotes.length)
  assert.equal(m.header, true)
  assert.equal(m.viewer.initialHiddenTags, undefined)
})

test('quotes=0 draws no callouts in either orientation', async () => {
  const { m } = await modelFor('quotes=0')
  const { horizontal, vertical } = drawingsOf(m.viewer.input)
  assert.equal(horizontal.callouts.length, 0)
  assert.equal(vertical.callouts.length, 0)
  assert.deepEqual(m.viewer.input.quotes, [])
})

test('from and to keep the events that overlap the window', async () => {
  const { m } = await modelFor('from=2022-07&to=2022-07')
  const ids = m.viewer.details.map((d) => d.id)
  assert.ok(ids.length > 0)
  assert.ok(!ids.includes('ides-of-march'))
  assert.ok(ids.some((id) => id.includes('with-a-time-and-offset')))
  assert.deepEqual(m.viewer.input.events.map((e) => e.id), ids)
})

test('a window with no event in it is not applied, so the widget is never empty', async () => {
  const { t, m } = await modelFor('from=1900&to=1901')
  assert.equal(m.viewer.details.length, t.events.length)
})

test('tags=… starts with every other tag hidden', async () => {
  const { m } = await modelFor('tags=rome')
  assert.ok(m.viewer.initialHiddenTags?.includes('bce'))
  assert.ok(!m.viewer.initialHiddenTags?.includes('rome'))
})

test('a start event outside the window is dropped rather than selecting nothing visible', async () => {
  assert.equal((await modelFor('start=ides-of-march')).m.start, 'ides-of-march')
  assert.equal((await modelFor('start=ides-of-march&from=2022')).m.start, undefined)
})

test('lang writes the detail dates in that language', async () => {
  const { m } = await modelFor('lang=de')
  const day = m.viewer.details.find((d) => d.id.includes('exact-day'))!
  assert.match(day.dateText, /Februar/)
})

test('header=0 and hosthash=1 reach the model', async () => {
  const { m } = await modelFor('header=0&hosthash=1')
  assert.equal(m.header, false)
  assert.equal(m.hostHash, true)
})

test('a long story’s widget carries the briefs of its details and where their pages’ files are, not their prose', async () => {
  const r = await loadTimelineFile(path.join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'site', 'e2e-long-story.mdx'))
  if (!r.ok) assert.fail('fixture must load')
  const t = r.timeline
  const { options } = parseEmbedOptions(new URLSearchParams(''), t.events.map((e) => e.id), t.events.flatMap((e) => e.tags))
  const m = widgetModel(t, options, 'https://dateline.example/timelines/e2e-long-story')
  assert.equal(m.viewer.details.length, 450)
  assert.ok(m.viewer.details.every((d) => !isWholeDetail(d)))
  assert.deepEqual(m.viewer.pages?.detailsOnly, true)
  // Each event's file is its page's, as on the story page: entry 201 opens the first section of page 2.
  const at = (id: string) => m.viewer.pages!.of[m.viewer.input.events.findIndex((e) => e.id === id)]
  assert.deepEqual([at('ledger-1'), at('ledger-200'), at('ledger-201'), at('ledger-450')], [1, 1, 2, 3])
  // The widget has no article: its marks select where they stand, whatever page their section is on.
  assert.deepEqual(eventHrefs(m.viewer), {})
})

test('a short story’s widget carries its details whole', async () => {
  const { m } = await modelFor('')
  assert.ok(m.viewer.details.every(isWholeDetail))
  assert.equal(m.viewer.pages, undefined)
})
