import assert from 'node:assert/strict'
import { test } from 'node:test'
import { refusal } from './request-guard.mjs'

test('reads pass', () => {
  for (const method of ['GET', 'HEAD', 'OPTIONS']) assert.equal(refusal(method, '/timelines/a-story?theme=dark#x'), null)
  assert.equal(refusal('GET', '/timelines/%D0%BB'), null)
  // A malformed escape in the query is the route's to judge (searchParams decodes leniently).
  assert.equal(refusal('GET', '/api/oembed?url=%zz'), null)
})

test('methods the site does not serve are a 405', () => {
  for (const method of ['TRACE', 'CONNECT', 'TRACK', 'POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', undefined]) assert.equal(refusal(method, '/')?.status, 405, String(method))
})

test('a path whose escapes do not decode is a 400', () => {
  for (const p of ['/timelines/%zz', '/embed/%E0%A4%A', '/api/timelines/%ff%fe/timelinejs.json', '/timelines/%/opengraph-image', '/%']) assert.equal(refusal('GET', p)?.status, 400, p)
})
