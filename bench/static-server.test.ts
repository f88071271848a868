import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { serveStatic } from './static-server'

function folder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'dateline-static-'))
  mkdirSync(path.join(dir, 'dist', 'js'), { recursive: true })
  writeFileSync(path.join(dir, 'dist', 'js', 'lib.js'), 'window.lib = 1')
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the served folder')
  return dir
}

test('a generated page is served with the content type of its extension', async () => {
  const site = await serveStatic({ pages: { '/index.html': '<!doctype html><p>hi</p>' } })
  try {
    const res = await fetch(`${site.url}/index.html`)
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/)
    assert.equal(await res.text(), '<!doctype html><p>hi</p>')
  } finally {
    await site.stop()
  }
})

test('a file under a served folder is served under its prefix', async () => {
  const dir = folder()
  const site = await serveStatic({ folders: { '/lib/': path.join(dir, 'dist') } })
  try {
    const res = await fetch(`${site.url}/lib/js/lib.js`)
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/)
    assert.equal(await res.text(), 'window.lib = 1')
  } finally {
    await site.stop()
  }
})

test('a path that climbs out of a served folder is a 404', async () => {
  const dir = folder()
  const site = await serveStatic({ folders: { '/lib/': path.join(dir, 'dist') } })
  try {
    // URL parsing removes `..` and `%2e%2e` segments; an encoded slash reaches the server as written and decodes to `../`.
    const res = await fetch(`${site.url}/lib/..%2fsecret.txt`)
    assert.equal(res.status, 404)
    assert.doesNotMatch(await res.text(), /outside the served folder/)
  } finally {
    await site.stop()
  }
})

test('an unknown path and a folder itself are 404s', async () => {
  const dir = folder()
  const site = await serveStatic({ folders: { '/lib/': path.join(dir, 'dist') } })
  try {
    assert.equal((await fetch(`${site.url}/nothing.html`)).status, 404)
    assert.equal((await fetch(`${site.url}/lib/js`)).status, 404)
  } finally {
    await site.stop()
  }
})
