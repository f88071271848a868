import assert from 'node:assert/strict'
import { test } from 'node:test'
import { serveStatic } from './static-server'
import { widgetWeight } from './widget-weight'

// A widget as esbuild splits one: an entry that imports a shared chunk now and the zoom later; the zoom's
// chunk imports the layout, which only it needs, and the shared chunk, which the first load already has.
const site = {
  pages: {
    '/embed.html': '<!doctype html><link rel="stylesheet" href="/w.css"><script type="module" src="/widget.js"></script>',
    '/w.css': '.a{color:red}',
    '/widget.js': 'import{a}from"./shared.js";a(),document.onclick=()=>import("./zoom.js")',
    '/shared.js': 'export const a=()=>1',
    '/zoom.js': 'import{l}from"./layout.js";import{a}from"./shared.js";export const z=()=>l(a())',
    '/layout.js': 'export const l=(x)=>x*2',
  },
}
const paths = (parts: { url: string }[]) => parts.map((p) => new URL(p.url).pathname)

test('the first load counts the HTML, its stylesheets and the scripts they import statically', async () => {
  const server = await serveStatic(site)
  try {
    const weight = await widgetWeight(server.url, '/embed.html')
    assert.deepEqual(paths(weight.parts), ['/embed.html', '/w.css', '/widget.js', '/shared.js'])
    assert.equal(weight.total, weight.parts.reduce((s, p) => s + p.gzip, 0))
  } finally {
    await server.stop()
  }
})

test('a lazily imported chunk is deferred together with what it imports that the first load lacks', async () => {
  const server = await serveStatic(site)
  try {
    const weight = await widgetWeight(server.url, '/embed.html')
    assert.deepEqual(paths(weight.deferred), ['/zoom.js', '/layout.js'])
  } finally {
    await server.stop()
  }
})
