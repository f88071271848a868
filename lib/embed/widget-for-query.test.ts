import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { loadTimelineFile } from '../content/load.server'
import { widgetFor, widgetOptions } from './widget-for-query'
import { widgetSource } from './widget-model'

const file = path.join(import.meta.dirname, '..', 'content', 'fixtures', 'every-date-form.mdx')
const STORY = 'https://dateline.example/timelines/every-date-form'

async function story() {
  const r = await loadTimelineFile(file)
  if (!r.ok) assert.fail('fixture must load')
  return r.timeline
}

test('the browser, from the widget source sent as JSON, makes the very widget the server renders for a query', async () => {
  const t = await story()
  const source = JSON.parse(JSON.stringify(widgetSource(t))) as ReturnType<typeof widgetSource>
  const query = new URLSearchParams(`theme=dark&lang=fr&quotes=0&header=0&start=${t.events[1]!.id}&tags=${t.events[0]!.tags[0] ?? ''}`)
  assert.deepEqual(widgetFor(source, widgetOptions(source, query), STORY), widgetFor(t, widgetOptions(t, query), STORY))
})

test('the widget source carries the events and quotes, not the article', async () => {
  const t = await story()
  const source = widgetSource(t)
  assert.deepEqual(Object.keys(source).sort(), ['events', 'meta', 'quotes', 'slug'])
  assert.deepEqual(Object.keys(source.meta).sort(), ['language', 'title'])
})

test('the document takes the lang and theme options, else the story language and auto', async () => {
  const t = await story()
  const plain = widgetFor(t, widgetOptions(t, new URLSearchParams('')), STORY)
  assert.equal(plain.lang, t.meta.language)
  assert.equal(plain.theme, 'auto')
  const asked = widgetFor(t, widgetOptions(t, new URLSearchParams('lang=pt-br&theme=light')), STORY)
  assert.equal(asked.lang, 'pt-BR')
  assert.equal(asked.theme, 'light')
})
