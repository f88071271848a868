import assert from 'node:assert/strict'
import { test } from 'node:test'
import { budgetText, verdict } from './measure'
import { seoFigure, type SeoRun } from './seo.bench'

const run = (score: number, more: Partial<SeoRun> = {}): SeoRun => ({ score, status: 200, failing: [], ...more })

test('the SEO figure is the median of the runs, held to a score of at least 100', () => {
  const f = seoFigure('index', '/', [run(100), run(92), run(100)])
  assert.equal(f.name, 'seo: index')
  assert.deepEqual(f.stats, [{ label: 'score', value: 100, unit: '', digits: 0 }])
  assert.equal(budgetText(f), 'score ≥ 100')
  assert.equal(verdict(f), 'PASS')
  assert.deepEqual(f.notes, ['/: 3 runs, scores 100, 92, 100'])
})

test('a page below 100 in most runs is UNDER, with every failed audit named once', () => {
  const failing = ['link-text: Links do not have descriptive text']
  const f = seoFigure('story page', '/timelines/a', [run(92, { failing }), run(92, { failing }), run(100)])
  assert.equal(f.stats[0]!.value, 92)
  assert.equal(verdict(f), 'UNDER')
  assert.deepEqual(f.notes?.slice(1), ['failed: link-text: Links do not have descriptive text'])
})

test('a page that does not answer 200 says so, and runs Lighthouse could not score leave no score', () => {
  const f = seoFigure('tag page', '/tags/x', [run(NaN, { status: 404, error: 'ERRORED_DOCUMENT_REQUEST: 404' }), run(NaN, { status: 404, error: 'ERRORED_DOCUMENT_REQUEST: 404' })])
  assert.ok(Number.isNaN(f.stats[0]!.value))
  assert.equal(verdict(f), 'UNDER')
  assert.deepEqual(f.notes, ['/tags/x: 2 runs, scores none, none', 'HTTP status 404, not 200', 'Lighthouse: ERRORED_DOCUMENT_REQUEST: 404'])
})
