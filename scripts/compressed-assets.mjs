// @ts-check
/**
 * The site's hashed files (Next's `/_next/static`, the widget's `/embed-assets`) served compressed once
 * rather than on every request. Next compresses each response as it sends it (gzip, level 6): about 500 KB
 * of script for a story page, again for every reader. On a small server that is CPU taken from the pages
 * being rendered, and on a reader's first visit it delays the page's scripts. Here each file is compressed
 * once with Brotli (at its best, which Next never spends on a response) and with gzip, in the background
 * from the server's start, and kept in memory; a reader gets Brotli if the browser takes it, else gzip.
 * Until a file is ready, and for anything this does not know (another folder, an unknown type, a range,
 * a query, a name that is not plainly a file's), Next answers as before. The headers are the rules'
 * (scripts/security-headers.mjs) for the same path, so both answers carry the same policy.
 */
import { readdir, readFile } from 'node:fs/promises'
import { statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { IMMUTABLE, ruleHeaders } from './security-headers.mjs'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** What is worth compressing; anything else (fonts, pictures: compressed already) is left to Next. */
const TYPES = new Map([
  ['.js', 'application/javascript; charset=UTF-8'],
  ['.mjs', 'application/javascript; charset=UTF-8'],
  ['.css', 'text/css; charset=UTF-8'],
  ['.json', 'application/json; charset=UTF-8'],
  ['.map', 'application/json; charset=UTF-8'],
  ['.svg', 'image/svg+xml'],
  ['.txt', 'text/plain; charset=UTF-8'],
])

/** A file's path under its folder: plain segments only, never `.`, `..`, an escape or an empty segment. */
const PLAIN = /^[A-Za-z0-9_~@-][A-Za-z0-9._~@-]*(?:\/[A-Za-z0-9_~@-][A-Za-z0-9._~@-]*)*$/

/**
 * @typedef {{ prefix: string, dir: string }} Folder  URL prefix (ending in `/`) and the folder it serves
 * @typedef {{ size: number, mtimeMs: number, tag: string, br: Buffer, gzip: Buffer }} Compressed
 * @typedef {'br' | 'gzip'} Encoding
 */

/**
 * The encoding to answer with: Brotli if the request takes it, else gzip; none (Next answers) otherwise.
 * @param {string | undefined} accept  the request's Accept-Encoding
 * @returns {Encoding | undefined}
 */
export function chooseEncoding(accept) {
  /** @type {Map<string, number>} */
  const q = new Map()
  for (const part of (accept ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    q.set(name, weight === undefined ? 1 : Number(weight))
  }
  const takes = (/** @type {string} */ name) => (q.get(name) ?? q.get('*') ?? 0) > 0
  if (takes('br')) return 'br'
  if (takes('gzip')) return 'gzip'
  return undefined
}

/**
 * @param {{ folders: Folder[], rules: Parameters<typeof ruleHeaders>[1] }} options
 */
export function compressedAssets({ folders, rules }) {
  /** @type {Map<string, Compressed>} */
  const ready = new Map()
  /** @type {Map<string, Promise<void>>} */
  const pending = new Map()
  // Every file of a folder gets the same headers from the rules: worked out once per folder.
  const headersOf = new Map(folders.map((f) => [f.prefix, Object.fromEntries(ruleHeaders(`${f.prefix}x`, rules).set('Cache-Control', IMMUTABLE))]))

  /**
   * @param {string} file
   * @returns {Promise<void>}
   */
  function compress(file) {
    let done = pending.get(file)
    if (!done) {
      done = compressNow(file).finally(() => pending.delete(file))
      pending.set(file, done)
    }
    return done
  }

  /** @param {string} file */
  async function compressNow(file) {
    try {
      const before = statSync(file)
      const bytes = await readFile(file)
      const [br, gz] = await Promise.all([
        brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
        gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ])
      // Rewritten while it was read (a build in progress): left to Next until it settles.
      const after = statSync(file)
      if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || bytes.length !== after.size) return
      const tag = createHash('sha256').update(bytes).digest('base64url').slice(0, 22)
      ready.set(file, { size: after.size, mtimeMs: after.mtimeMs, tag, br, gzip: gz })
    } catch {
      // Gone or unreadable: Next answers (a 404, most likely).
    }
  }

  /**
   * The file a request names, if it is one this serves.
   * @param {string | undefined} method
   * @param {string | undefined} url
   */
  function fileOf(method, url) {
    if ((method !== 'GET' && method !== 'HEAD') || !url || url.includes('?') || url.includes('%')) return undefined
    const folder = folders.find((f) => url.startsWith(f.prefix))
    if (!folder) return undefined
    const relative = url.slice(folder.prefix.length)
    const type = TYPES.get(path.extname(relative))
    if (!PLAIN.test(relative) || !type) return undefined
    return { folder, file: path.join(folder.dir, relative), type }
  }

  return {
    /**
     * Answers the request from memory, if it can; false: Next is to answer it.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    serve(req, res) {
      const named = fileOf(req.method, req.url)
      if (!named || req.headers.range) return false
      const encoding = chooseEncoding(req.headers['accept-encoding'])
      if (!encoding) return false
      let stat
      try {
        stat = statSync(named.file)
      } catch {
        return false
      }
      const entry = ready.get(named.file)
      if (!entry || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs) {
        // First asked for, or changed since: compressed for the next reader, and sent by Next to this one.
        if (stat.isFile()) void compress(named.file)
        return false
      }
      const body = entry[encoding]
      const etag = `"${entry.tag}-${encoding}"`
      const headers = { ...headersOf.get(named.folder.prefix), 'Content-Type': named.type, 'Content-Encoding': encoding, Vary: 'Accept-Encoding', ETag: etag }
      if (req.headers['if-none-match']?.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || t === '*')) {
        res.writeHead(304, headers)
        res.end()
        return true
      }
      res.writeHead(200, { ...headers, 'Content-Length': body.length })
      res.end(req.method === 'HEAD' ? undefined : body)
      return true
    },
    /** Compresses every file the folders hold, one after another, so the first readers find them ready. */
    async warm() {
      for (const folder of folders) {
        /** @type {string[]} */
        let names = []
        try {
          names = (await readdir(folder.dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
        } catch {
          continue
        }
        for (const file of names) if (TYPES.has(path.extname(file))) await compress(file)
      }
    },
  }
}
