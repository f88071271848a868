/**
 * A tiny local HTTP server for the comparison pages (vis-timeline,
 * TimelineJS): fixed routes to generated text, and folders of files from
 * node_modules. It does not compress: the benchmarks count bytes themselves
 * with one gzip yardstick for every side.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
}

export interface StaticSite {
  /** Generated bodies by path, e.g. `/index.html`; the extension gives the content type. */
  pages?: Record<string, string>
  /** Folders served under a prefix, e.g. `{ '/timelinejs/': 'node_modules/@knight-lab/timelinejs/dist' }`. */
  folders?: Record<string, string>
}

export interface StaticServer {
  url: string
  stop: () => Promise<void>
}

/** Serves `site` on a free port of 127.0.0.1. Anything else is a 404; nothing outside the named folders is reachable. */
export function serveStatic(site: StaticSite): Promise<StaticServer> {
  const pages = site.pages ?? {}
  const folders = Object.entries(site.folders ?? {}).map(([prefix, dir]) => [prefix, path.resolve(dir)] as const)
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const type = (p: string) => TYPES[path.extname(p)] ?? 'application/octet-stream'
    const page = pages[pathname]
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': type(pathname), 'cache-control': 'no-store' })
      return res.end(page)
    }
    for (const [prefix, dir] of folders) {
      if (!pathname.startsWith(prefix)) continue
      const file = path.resolve(dir, '.' + pathname.slice(prefix.length - 1))
      if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) break
      res.writeHead(200, { 'content-type': type(file), 'content-length': statSync(file).size, 'cache-control': 'no-store' })
      return void createReadStream(file).pipe(res)
    }
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end(`not found: ${pathname}`)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      if (!address || typeof address !== 'object') return reject(new Error('no address'))
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        stop: () => new Promise<void>((r) => server.close(() => r())),
      })
    })
  })
}
