import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { test } from 'node:test'
import { gzipBytes } from './browser'
import { frameStats } from './frames.bench'
import { inlineScriptBytes } from './js-weight.bench'
import { freePort, startSite } from './serve-site'

test('frame times are the gaps between rAF timestamps', () => {
  const s = frameStats([0, 16, 32, 82, 98])
  assert.equal(s.frames, 4)
  assert.equal(s.max, 50)
  assert.equal(s.p50, 16)
  assert.equal(s.p95, 50)
  assert.equal(s.repeats, 0)
})

test('a repeated rAF timestamp is one frame, counted, not a 0 ms frame', () => {
  const s = frameStats([0, 16, 16, 116])
  assert.equal(s.frames, 2)
  assert.equal(s.repeats, 1)
  assert.equal(s.p50, 16)
  assert.equal(s.max, 100)
})

test('inline scripts are weighed inside the compressed page, external ones are not', () => {
  const body = '<main>' + 'story text '.repeat(50) + '</main>'
  const inline = `<script>self.__next_f.push(${JSON.stringify('x'.repeat(2000) + Math.random().toString(36).repeat(200))})</script>`
  const external = '<script src="/_next/static/chunks/a.js" async=""></script>'
  assert.equal(inlineScriptBytes(`<html>${external}${body}</html>`), 0)
  const withInline = inlineScriptBytes(`<html>${external}${inline}${body}</html>`)
  assert.ok(withInline > 0 && withInline <= gzipBytes(inline), `${withInline} B`)
})

test('freePort gives a port that can be listened on', async () => {
  const port = await freePort()
  await new Promise<void>((resolve, reject) => {
    const server = createServer().once('error', reject).listen(port, '127.0.0.1', () => server.close(() => resolve()))
  })
})

test('startSite refuses a content folder that does not exist, before building anything', async () => {
  await assert.rejects(startSite({ contentDir: 'bench/out/no-such-content-folder' }), /does not exist/)
})
