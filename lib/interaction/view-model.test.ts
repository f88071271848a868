import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { loadTimelineFile } from '../content/load.server'
import { eventDetails } from '../content/event-details'
import { parseEmbedOptions } from '../embed/options'
import { widgetModel } from '../embed/widget-model'
import { messagesFor } from '../i18n'
import { drawings, drawingsOf } from '../layout/drawings'
import { layoutTexts } from '../layout/layout-texts'
import { eventIds, quoteTexts } from './model'
import { viewerModel } from './view-model'

const file = path.join(import.meta.dirname, '..', 'content', 'fixtures', 'every-date-form.mdx')

async function story() {
  const r = await loadTimelineFile(file)
  if (!r.ok) assert.fail('fixture must load')
  return r.timeline
}

const storyPageModel = (t: Awaited<ReturnType<typeof story>>) =>
  viewerModel({ slug: t.slug, title: t.meta.title, locale: t.meta.language, messages: messagesFor(t.meta.language), timezone: t.meta.timezone, events: t.events, quotes: t.quotes, details: eventDetails(t), zoomOnArrival: true })

test('the story page and a widget with no options build the same model, but for where the story is and arrival', async () => {
  const t = await story()
  const { options } = parseEmbedOptions(new URLSearchParams(''), t.events.map((e) => e.id), t.events.flatMap((e) => e.tags))
  const widget = widgetModel(t, options, 'https://dateline.example/timelines/x').viewer
  assert.deepEqual({ ...widget, storyHref: undefined, zoomOnArrival: true }, { ...storyPageModel(t), storyHref: undefined })
  assert.equal(widget.zoomOnArrival, false)
})

test('the model carries the layout’s inputs, from which the server’s drawings are laid out, and no layout', async () => {
  const t = await story()
  const model = storyPageModel(t)
  assert.ok(!('horizontal' in model) && !('vertical' in model))
  const messages = messagesFor(t.meta.language)
  const whole = drawings(t.events, t.quotes, t.meta.language, layoutTexts(messages), { timezone: t.meta.timezone })
  assert.deepEqual(drawingsOf(model.input), { horizontal: whole.horizontal, vertical: whole.vertical })
})

test('a mark’s place in time order is its event’s place among the ids, which the detail list shares', async () => {
  const t = await story()
  const model = storyPageModel(t)
  const ids = eventIds(model)
  const { horizontal, vertical } = drawingsOf(model.input)
  for (const e of [...horizontal.events, ...vertical.events]) assert.equal(ids[e.order], e.id)
  for (const c of [...horizontal.clusters, ...vertical.clusters]) assert.deepEqual(ids.slice(c.order, c.order + c.eventIds.length), c.eventIds)
  assert.deepEqual(ids, model.details.map((d) => d.id))
})

test('every quote’s words are at hand for its callout', async () => {
  const t = await story()
  const model = storyPageModel(t)
  assert.deepEqual(Object.keys(quoteTexts(model)).sort(), t.quotes.map((q) => q.id).sort())
})

test('an Arabic story runs right to left in its model, so the browser zooms it the same way', async () => {
  const t = await story()
  const model = viewerModel({ slug: t.slug, title: t.meta.title, locale: 'ar', messages: messagesFor('ar'), events: t.events, quotes: t.quotes, details: eventDetails(t), zoomOnArrival: true })
  assert.equal(model.input.direction, 'rtl')
  assert.equal(storyPageModel(t).input.direction, undefined)
})

test('the count of events comes in words with the model, by the plural rules of its language', async () => {
  const t = await story()
  const model = (locale: string, events: typeof t.events) =>
    viewerModel({ slug: t.slug, title: t.meta.title, locale, messages: messagesFor(locale), events, quotes: [], details: [], zoomOnArrival: true })
  assert.equal(model('en', t.events.slice(0, 1)).eventCount, '1 event')
  assert.equal(model('en', t.events).eventCount, `${t.events.length} events`)
  // Russian has one form for 2–4 and another for 5 and more.
  assert.equal(model('ru', t.events.slice(0, 2)).eventCount, '2 события')
  assert.equal(model('ru', t.events.slice(0, 5)).eventCount, '5 событий')
})
