import assert from 'node:assert/strict'
import { test } from 'node:test'
import { encodedPath, exportFile, servedPaths } from './paths'

const HTML = 'text/html; charset=utf-8'

test('the index is index.html', () => {
  assert.equal(exportFile('/', HTML), 'index.html')
})

test('a page becomes a folder with index.html, so /timelines/x/ is served by any file server', () => {
  assert.equal(exportFile('/timelines/x', HTML), 'timelines/x/index.html')
  assert.equal(exportFile('/embed/x', HTML), 'embed/x/index.html')
})

test('anything but a document is written at its own path, extension or not', () => {
  assert.equal(exportFile('/feed.xml', 'application/rss+xml'), 'feed.xml')
  assert.equal(exportFile('/calendars/x.ics', 'text/calendar'), 'calendars/x.ics')
  assert.equal(exportFile('/timelines/x/opengraph-image', 'image/png'), 'timelines/x/opengraph-image')
})

test('paths that could leave the folder or name no file are refused', () => {
  assert.equal(exportFile('/a/../b', HTML), null)
  assert.equal(exportFile('//x', HTML), null)
  assert.equal(exportFile('/feed/', 'application/json'), null)
  assert.equal(exportFile('relative', HTML), null)
})

test('a folder page answers its path with and without the slash; a file its own path', () => {
  assert.deepEqual(servedPaths('index.html'), ['/'])
  assert.deepEqual(servedPaths('timelines/x/index.html'), ['/timelines/x', '/timelines/x/'])
  assert.deepEqual(servedPaths('404.html'), ['/404.html'])
  assert.deepEqual(servedPaths('api/v1/timelines.json'), ['/api/v1/timelines.json'])
})

test('a decoded and an encoded path are one path', () => {
  assert.equal(encodedPath('/tags/human rights'), '/tags/human%20rights')
  assert.equal(encodedPath('/tags/human%20rights'), '/tags/human%20rights')
  assert.equal(encodedPath('/tags/café'), '/tags/caf%C3%A9')
})
