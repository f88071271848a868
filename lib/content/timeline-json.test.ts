import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { storyToMdx } from '../test-support/synthetic-mdx'
import { generateStory } from '../test-support/synthetic-story'
import { loadTimelineFile, loadTimelineSource } from './load.server'

// A build keeps validated timelines on disk as JSON (load.server.ts): only a value JSON carries exactly may be kept so.
const roundTrips = (value: unknown) => assert.deepStrictEqual(JSON.parse(JSON.stringify(value)), value)

test('a timeline with every date form comes back from JSON unchanged', async () => {
  const result = await loadTimelineFile(path.join(import.meta.dirname, 'fixtures', 'every-date-form.mdx'), 'every-date-form', { compile: false })
  assert.ok(result.ok)
  roundTrips(result.timeline)
})

test('a long synthetic timeline comes back from JSON unchanged', async () => {
  const source = storyToMdx(generateStory({ events: 300, seed: 3 }), { language: 'pt-BR' })
  const result = await loadTimelineSource(source, 'synthetic.mdx', 'synthetic')
  assert.ok(result.ok)
  roundTrips({ ...result.timeline, code: '' })
})
