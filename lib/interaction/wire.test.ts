import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { loadTimelineFile } from '../content/load.server'
import { eventDetails } from '../content/event-details'
import { messagesFor } from '../i18n'
import { viewerModel } from './view-model'
import { packModel, unpackModel } from './wire'

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'content', 'fixtures', name)

async function modelOf(name: string) {
  const r = await loadTimelineFile(fixture(name))
  if (!r.ok) assert.fail(`${name} must load`)
  const t = r.timeline
  return viewerModel({ slug: t.slug, title: t.meta.title, locale: t.meta.language, messages: messagesFor(t.meta.language), timezone: t.meta.timezone, events: t.events, quotes: t.quotes, details: eventDetails(t), zoomOnArrival: true })
}

/** The page's data is JSON: what the browser unpacks has been through it. */
const throughJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

test('the model of a story of every date form comes back whole from its packed form', async () => {
  const model = await modelOf('every-date-form.mdx')
  assert.deepStrictEqual(unpackModel(throughJson(packModel(model))), model)
})

test('the model of a story with a picture, sources and quotes comes back whole too', async () => {
  const model = await modelOf('with-image.mdx')
  assert.deepStrictEqual(unpackModel(throughJson(packModel(model))), model)
})

test('the packed layout input is less than half the size of the model’s', async () => {
  const model = await modelOf('every-date-form.mdx')
  const size = (v: unknown) => JSON.stringify(v).length
  assert.ok(size(packModel(model).input) * 2 < size(model.input), `${size(packModel(model).input)} of ${size(model.input)}`)
})

test('a detail that does not say its event’s id and title keeps its own', async () => {
  const model = await modelOf('every-date-form.mdx')
  const odd = { ...model, details: model.details.map((d, i) => (i === 0 ? { ...d, title: 'Another title' } : d)) }
  assert.deepStrictEqual(unpackModel(throughJson(packModel(odd))), odd)
  assert.ok(!('title' in packModel(model).details[0]!))
})
