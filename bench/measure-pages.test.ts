import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { test } from 'node:test'
import { gzipBytes } from './browser'
import { frameStats, vsyncInterval } from './frame-stats'
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

test('snapped to the vsync grid, coarsened on-time frames are one interval and a missed vsync is two', () => {
  const interval = 1000 / 60
  // Timestamps as Chromium gives them: vsync times rounded to 0.1 ms, one frame missed (two intervals).
  const vsyncs = [0, 1, 2, 3, 5, 6, 7].map((k) => Math.round(k * interval * 10) / 10)
  const raw = frameStats(vsyncs)
  assert.ok(raw.p95 > 16.7, `raw p95 ${raw.p95}`)
  const s = frameStats(vsyncs, interval)
  assert.equal(s.frames, 6)
  assert.equal(s.missed, 1)
  assert.equal(s.p50, interval)
  assert.equal(s.p95, 2 * interval)
  assert.equal(s.rawP95, raw.p95)
  // A page that never misses passes a 16.7 ms budget, though its raw p95 reads 16.8.
  const onTime = frameStats(vsyncs.slice(0, 4), interval)
  assert.equal(onTime.missed, 0)
  assert.ok(onTime.p95 <= 16.7)
})

test('the vsync interval is the mean idle gap, hiccups left out', () => {
  const times = Array.from({ length: 61 }, (_, k) => Math.round(k * (1000 / 60) * 10) / 10)
  times.push(times.at(-1)! + 50)
  assert.ok(Math.abs(vsyncInterval(times) - 1000 / 60) < 0.01, String(vsyncInterval(times)))
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
