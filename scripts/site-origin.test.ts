import assert from 'node:assert/strict'
import { test } from 'node:test'
import { siteOrigin } from './site-origin.mjs'

test('without DATELINE_SITE_URL the origin is the port npm start serves', () => {
  assert.equal(siteOrigin({}), 'http://localhost:3000')
  assert.equal(siteOrigin({ PORT: '4123' }), 'http://localhost:4123')
})

test('DATELINE_SITE_URL is normalised to its origin', () => {
  assert.equal(siteOrigin({ DATELINE_SITE_URL: 'https://News.Example/' }), 'https://news.example')
  assert.equal(siteOrigin({ DATELINE_SITE_URL: 'https://news.example:443' }), 'https://news.example')
  assert.equal(siteOrigin({ DATELINE_SITE_URL: ' http://127.0.0.1:8080 ', PORT: '1' }), 'http://127.0.0.1:8080')
})

test('a value that is not an http(s) origin is refused with what is wrong', () => {
  const cases: [string, RegExp][] = [
    ['news.example', /not an absolute URL/],
    ['javascript:alert(1)//', /scheme must be http or https, not javascript/],
    ['ftp://news.example', /scheme must be http or https/],
    ['https://user:pw@news.example', /user name or password/],
    ['https://news.example/timelines', /path, query or fragment/],
    ['https://news.example/?x=1', /path, query or fragment/],
    ['https://news.example/#top', /path, query or fragment/],
    ['https://news.example?', /path, query or fragment/],
  ]
  for (const [value, message] of cases) assert.throws(() => siteOrigin({ DATELINE_SITE_URL: value }), message, value)
})

test('a bad PORT is refused', () => {
  for (const port of ['0', '65536', 'http', '80; rm']) assert.throws(() => siteOrigin({ PORT: port }), /PORT must be a port number/, port)
})
