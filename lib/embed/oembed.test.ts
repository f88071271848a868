import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CARD_SIZE, EMBED_SIZE, oembedResponse, positiveInt, slugFromUrl } from './oembed'

const ORIGIN = 'https://dateline.example'

test('a timeline page URL names its slug', () => {
  assert.equal(slugFromUrl(`${ORIGIN}/timelines/lavrov-blinken`, ORIGIN), 'lavrov-blinken')
  assert.equal(slugFromUrl(`${ORIGIN}/timelines/lavrov-blinken/?x=1#e`, ORIGIN), 'lavrov-blinken')
  assert.equal(slugFromUrl(`${ORIGIN}/embed/lavrov-blinken`, ORIGIN), 'lavrov-blinken')
})

test('other hosts, other paths and garbage name nothing', () => {
  assert.equal(slugFromUrl('https://evil.example/timelines/lavrov-blinken', ORIGIN), null)
  assert.equal(slugFromUrl(`${ORIGIN}/`, ORIGIN), null)
  assert.equal(slugFromUrl(`${ORIGIN}/timelines/../etc/passwd`, ORIGIN), null)
  assert.equal(slugFromUrl('not a url', ORIGIN), null)
  assert.equal(slugFromUrl('javascript:alert(1)', ORIGIN), null)
})

test('the response is a rich type with an iframe of our embed', () => {
  const r = oembedResponse('s', 'A "title" <b>', ORIGIN, { url: `${ORIGIN}/timelines/s` })
  assert.equal(r.type, 'rich')
  assert.equal(r.version, '1.0')
  assert.match(r.html, /^<iframe src="https:\/\/dateline\.example\/embed\/s"/)
  assert.ok(r.html.includes('title="Timeline: A &quot;title&quot; &lt;b&gt;"'))
  assert.equal(r.width, EMBED_SIZE.width)
})

test('width and height respect maxwidth and maxheight', () => {
  const r = oembedResponse('s', 't', ORIGIN, { url: '', maxwidth: 500, maxheight: 300 })
  assert.ok(r.width <= 500)
  assert.ok(r.height <= 300)
  assert.ok(r.html.includes('width="500"'))
})

test('maxwidth and maxheight are respected however small', () => {
  const r = oembedResponse('s', 't', ORIGIN, { url: '', maxwidth: 120, maxheight: 90 })
  assert.equal(r.width, 120)
  assert.equal(r.height, 90)
  assert.ok(r.html.includes('width="120" height="90"'))
})

test('the thumbnail is stated at the size of the image it names', () => {
  for (const maxwidth of [undefined, 300, 5000]) {
    const r = oembedResponse('s', 't', ORIGIN, { url: '', ...(maxwidth ? { maxwidth } : {}) })
    assert.equal(r.thumbnail_url, `${ORIGIN}/timelines/s/opengraph-image`)
    assert.deepEqual([r.thumbnail_width, r.thumbnail_height], [CARD_SIZE.width, CARD_SIZE.height])
  }
})

test('size parameters must be positive integers', () => {
  assert.equal(positiveInt('640'), 640)
  assert.equal(positiveInt('0'), undefined)
  assert.equal(positiveInt('-5'), undefined)
  assert.equal(positiveInt('1e9'), undefined)
  assert.equal(positiveInt(null), undefined)
})
