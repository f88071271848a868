import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { chooseEncoding, compressAssets, compressedAssets } from './compressed-assets.mjs'
import { headerRules } from './security-headers.mjs'

const dir = mkdtempSync(path.join(tmpdir(), 'assets-'))
const statics = path.join(dir, 'static')
const widget = path.join(dir, 'embed-assets')
mkdirSync(path.join(statics, 'chunks'), { recursive: true })
mkdirSync(widget)
const script = `console.log(${JSON.stringify('dateline '.repeat(2000))})\n`
writeFileSync(path.join(statics, 'chunks', 'app-1a2b.js'), script)
writeFileSync(path.join(statics, 'chunks', 'site-9f.css'), 'body{margin:0}'.repeat(300))
writeFileSync(path.join(statics, 'font.woff2'), 'binary')
writeFileSync(path.join(widget, 'widget-ABC.js'), script)
writeFileSync(path.join(dir, 'secret.js'), 'secret')

const folders = [
  { prefix: '/_next/static/', dir: statics },
  { prefix: '/embed-assets/', dir: widget },
]
const outDir = path.join(dir, 'compressed')
let assets: ReturnType<typeof compressedAssets>
let server: Server
let port = 0

before(async () => {
  // What the build does, then what the server does.
  const written = await compressAssets({ folders, outDir })
  assert.equal(written.files, 3)
  assets = compressedAssets({ folders, outDir, rules: headerRules({ https: false }) })
  server = createServer((req, res) => {
    if (assets.serve(req, res)) return
    res.writeHead(299, { 'X-Answered-By': 'next' })
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
after(() => {
  server.close()
  rmSync(dir, { recursive: true, force: true })
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}
function get(target: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

test('the encoding: Brotli when the browser takes it, else gzip, else none (q=0 refuses)', () => {
  assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br')
  assert.equal(chooseEncoding('gzip, deflate'), 'gzip')
  assert.equal(chooseEncoding('br;q=0, gzip;q=0.5'), 'gzip')
  assert.equal(chooseEncoding('*'), 'br')
  assert.equal(chooseEncoding('identity'), undefined)
  assert.equal(chooseEncoding('gzip;q=0'), undefined)
  assert.equal(chooseEncoding(undefined), undefined)
})

test('each file comes compressed as asked, whole, with the headers of its folder', async () => {
  const br = await get('/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'gzip, deflate, br' })
  assert.equal(br.status, 200)
  assert.equal(br.headers['content-encoding'], 'br')
  assert.equal(br.headers['content-type'], 'application/javascript; charset=UTF-8')
  assert.equal(br.headers.vary, 'Accept-Encoding')
  assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable')
  assert.equal(br.headers['x-content-type-options'], 'nosniff')
  assert.equal(br.headers['x-frame-options'], 'SAMEORIGIN')
  assert.equal(br.headers['cross-origin-resource-policy'], 'same-origin')
  assert.equal(Number(br.headers['content-length']), br.body.length)
  assert.ok(br.body.length < script.length / 20)
  assert.equal(brotliDecompressSync(br.body).toString(), script)

  const gz = await get('/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'gzip' })
  assert.equal(gz.headers['content-encoding'], 'gzip')
  assert.equal(gunzipSync(gz.body).toString(), script)
  assert.notEqual(gz.headers.etag, br.headers.etag)

  // The widget's files may be fetched by any site, from a sandboxed frame too (CORS).
  const w = await get('/embed-assets/widget-ABC.js', { 'accept-encoding': 'br' })
  assert.equal(w.headers['access-control-allow-origin'], '*')
  assert.equal(w.headers['cross-origin-resource-policy'], 'cross-origin')
  assert.equal(brotliDecompressSync(w.body).toString(), script)

  const head = await get('/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'br' }, 'HEAD')
  assert.equal(head.status, 200)
  assert.equal(head.body.length, 0)
  assert.equal(head.headers['content-length'], br.headers['content-length'])
})

test('a copy the browser holds is confirmed with a 304, without a body', async () => {
  const { headers } = await get('/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'br' })
  const again = await get('/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'br', 'if-none-match': String(headers.etag) })
  assert.equal(again.status, 304)
  assert.equal(again.body.length, 0)
})

test('what it does not know goes to Next: other folders, escapes, dots, queries, ranges, other types, no compression, other methods', async () => {
  for (const [target, headers, method] of [
    ['/secret.js', {}, 'GET'],
    ['/_next/static/../secret.js', {}, 'GET'],
    ['/_next/static/%2e%2e/secret.js', {}, 'GET'],
    ['/_next/static/chunks/./app-1a2b.js', {}, 'GET'],
    ['/_next/static//chunks/app-1a2b.js', {}, 'GET'],
    ['/_next/static/chunks/app-1a2b.js?v=1', {}, 'GET'],
    ['/_next/static/chunks/app-1a2b.js', { range: 'bytes=0-10' }, 'GET'],
    ['/_next/static/font.woff2', {}, 'GET'],
    ['/_next/static/chunks/missing.js', {}, 'GET'],
    ['/_next/static/chunks/app-1a2b.js', { 'accept-encoding': 'identity' }, 'GET'],
    ['/_next/static/chunks/app-1a2b.js', {}, 'OPTIONS'],
  ] as const) {
    const answer = await get(target, { 'accept-encoding': 'br, gzip', ...headers }, method)
    assert.equal(answer.headers['x-answered-by'], 'next', `${method} ${target} ${JSON.stringify(headers)}`)
  }
})

test('a file rewritten with the same bytes is still served compressed; with others, never from the old copy', async () => {
  const file = path.join(widget, 'widget-ABC.js')
  // Another build of the widget writes the same file again: a new time, the same bytes.
  writeFileSync(file, script)
  utimesSync(file, new Date(), new Date(Date.now() + 5000))
  const same = await get('/embed-assets/widget-ABC.js', { 'accept-encoding': 'br' })
  assert.equal(same.headers['content-encoding'], 'br')
  assert.equal(brotliDecompressSync(same.body).toString(), script)
  // Other bytes (a file changed after the build): Next answers with the file as it is.
  writeFileSync(file, script.replace('dateline', 'datelinE'))
  utimesSync(file, new Date(), new Date(Date.now() + 10_000))
  const changed = await get('/embed-assets/widget-ABC.js', { 'accept-encoding': 'br' })
  assert.equal(changed.headers['x-answered-by'], 'next')
  // A file removed since: Next's 404.
  rmSync(path.join(statics, 'chunks', 'site-9f.css'))
  assert.equal((await get('/_next/static/chunks/site-9f.css', { 'accept-encoding': 'br' })).headers['x-answered-by'], 'next')
})

test('a build without compressed copies leaves every request to Next', async () => {
  const bare = compressedAssets({ folders, outDir: path.join(dir, 'nothing-here'), rules: headerRules({ https: false }) })
  let answered = false
  const res = { writeHead: () => (answered = true), end: () => (answered = true) } as unknown as Parameters<typeof bare.serve>[1]
  const req = { method: 'GET', url: '/_next/static/chunks/app-1a2b.js', headers: { 'accept-encoding': 'br' } } as unknown as Parameters<typeof bare.serve>[0]
  assert.equal(bare.serve(req, res), false)
  assert.equal(answered, false)
})
