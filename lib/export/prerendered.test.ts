import assert from 'node:assert/strict'
import { test } from 'node:test'
import { builtFiles } from './prerendered'

test('the index is index.html', () => {
  assert.deepEqual(builtFiles('/'), { html: 'index.html', body: 'index.body', meta: 'index.meta' })
})

test('a page or route keeps its path, with the kind of file after it', () => {
  assert.equal(builtFiles('/timelines/a-b').html, 'timelines/a-b.html')
  assert.equal(builtFiles('/feed.xml').body, 'feed.xml.body')
  assert.equal(builtFiles('/timelines/a-b/opengraph-image').meta, 'timelines/a-b/opengraph-image.meta')
  assert.equal(builtFiles('/tags/россия/page/2').html, 'tags/россия/page/2.html')
})
