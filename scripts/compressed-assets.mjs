// @ts-check
/**
 * The site's hashed files (Next's `/_next/static`, the widget's `/embed-assets`) compressed once, when the
 * site is built, rather than on every request. Next compresses each response as it sends it (gzip, level
 * 6): about 500 KB of script for a story page, again for every reader, on the CPU that renders pages and,
 * on a small server, while the reader's page starts. `npm run build` (scripts/build.mjs) writes each file
 * compressed with Brotli at its best and with gzip at level 9 into `<distDir>/compressed/`, with a
 * manifest of what each was made from; the server (scripts/serve.mjs) answers from those, Brotli to a
 * browser that takes it, else gzip, with the headers the rules give the path (scripts/security-headers.mjs)
 * and an ETag per encoding. Anything it does not know (another folder or type, a range, a query, an escape,
 * a file changed since the build) is left to Next, as before.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { readFileSync, statSync } from 'node:fs'
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
export const PLAIN = /^[A-Za-z0-9_~@-][A-Za-z0-9._~@-]*(?:\/[A-Za-z0-9_~@-][A-Za-z0-9._~@-]*)*$/

const MANIFEST = 'manifest.json'

/**
 * The folders of hashed files a build serves: Next's, and the widget's (written by scripts/build-embed.mjs).
 * @param {string} root  the project
 * @param {string} distDir  the build's folder
 * @returns {Folder[]}
 */
export const assetFolders = (root, distDir) => [
  { prefix: '/_next/static/', dir: path.join(distDir, 'static') },
  { prefix: '/embed-assets/', dir: path.join(root, 'public', 'embed-assets') },
]

/** Where a build keeps its compressed copies. @param {string} distDir */
export const compressedDir = (distDir) => path.join(distDir, 'compressed')

/**
 * @typedef {{ prefix: string, dir: string }} Folder  URL prefix (ending in `/`) and the folder it serves
 * @typedef {{ size: number, sha256: string }} Source  what a compressed pair was made from
 * @typedef {'br' | 'gzip'} Encoding
 */

const sha256 = (/** @type {Buffer} */ bytes) => createHash('sha256').update(bytes).digest('base64url')

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
 * Writes every file of the folders compressed into `outDir` (emptied first: nothing of an earlier build
 * is left to be served), and the manifest the server checks them by.
 * Brotli's window is fitted to each file: its best quality then needs megabytes, not a hundred of them.
 * @param {{ folders: Folder[], outDir: string }} options
 * @returns {Promise<{ files: number, bytes: number, br: number, gzip: number }>}
 */
export async function compressAssets({ folders, outDir }) {
  /** @type {Record<string, Source>} */
  const manifest = {}
  const totals = { files: 0, bytes: 0, br: 0, gzip: 0 }
  await rm(outDir, { recursive: true, force: true })
  for (const folder of folders) {
    /** @type {string[]} */
    let files = []
    try {
      files = (await readdir(folder.dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
    } catch {
      continue
    }
    for (const file of files) {
      const relative = path.relative(folder.dir, file).split(path.sep).join('/')
      if (!TYPES.has(path.extname(file)) || !PLAIN.test(relative)) continue
      const bytes = await readFile(file)
      const window = Math.min(zlib.constants.BROTLI_MAX_WINDOW_BITS, Math.max(zlib.constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(bytes.length + 1))))
      const [br, gz] = await Promise.all([
        brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_LGWIN]: window, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
        gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ])
      const url = folder.prefix + relative
      const target = path.join(outDir, ...url.split('/'))
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(`${target}.br`, br)
      await writeFile(`${target}.gz`, gz)
      manifest[url] = { size: bytes.length, sha256: sha256(bytes) }
      totals.files++
      totals.bytes += bytes.length
      totals.br += br.length
      totals.gzip += gz.length
    }
  }
  await mkdir(outDir, { recursive: true })
  await writeFile(path.join(outDir, MANIFEST), JSON.stringify(manifest))
  return totals
}

/**
 * Serves the files `compressAssets` wrote for these folders.
 * @param {{ folders: Folder[], outDir: string, rules: Parameters<typeof ruleHeaders>[1] }} options
 */
export function compressedAssets({ folders, outDir, rules }) {
  /** @type {Record<string, Source>} */
  let manifest = {}
  try {
    manifest = JSON.parse(readFileSync(path.join(outDir, MANIFEST), 'utf8'))
  } catch {
    // Built without them (or not built yet): Next answers everything, as before.
  }
  // Every file of a folder gets the same headers from the rules: worked out once per folder.
  const headersOf = new Map(folders.map((f) => [f.prefix, Object.fromEntries(ruleHeaders(`${f.prefix}x`, rules).set('Cache-Control', IMMUTABLE))]))
  /**
   * The source files found to be what the manifest says, by their size and time then (a file rewritten with
   * the same bytes, as another build of the widget does, is checked again once); and the bodies read.
   * @type {Map<string, string>}
   */
  const checked = new Map()
  /** @type {Map<string, Buffer>} */
  const bodies = new Map()

  /** Whether the file is, now, the one the compressed pair was made from. */
  function current(/** @type {string} */ url, /** @type {string} */ file, /** @type {Source} */ source) {
    let stat
    try {
      stat = statSync(file)
    } catch {
      return false
    }
    if (!stat.isFile() || stat.size !== source.size) return false
    const stamp = `${stat.size}:${stat.mtimeMs}`
    if (checked.get(url) === stamp) return true
    let same = false
    try {
      same = sha256(readFileSync(file)) === source.sha256
    } catch {
      return false
    }
    if (same) checked.set(url, stamp)
    return same
  }

  /** @param {string} key @param {string} file */
  function body(key, file) {
    let bytes = bodies.get(key)
    if (!bytes) {
      bytes = readFileSync(file)
      bodies.set(key, bytes)
    }
    return bytes
  }

  return {
    /**
     * Answers the request with a compressed copy, if it can; false: Next is to answer it.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    serve(req, res) {
      const url = req.url ?? ''
      // Only a path the build compressed: the manifest names plain paths alone (no query, escape or dot segment).
      const source = Object.hasOwn(manifest, url) ? manifest[url] : undefined
      const folder = source && folders.find((f) => url.startsWith(f.prefix))
      const type = TYPES.get(path.extname(url))
      if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range || !source || !folder || !type) return false
      const encoding = chooseEncoding(req.headers['accept-encoding'])
      if (!encoding || !current(url, path.join(folder.dir, ...url.slice(folder.prefix.length).split('/')), source)) return false
      let bytes
      try {
        bytes = body(`${url}.${encoding}`, `${path.join(outDir, ...url.split('/'))}.${encoding === 'br' ? 'br' : 'gz'}`)
      } catch {
        return false
      }
      const etag = `"${source.sha256.slice(0, 22)}-${encoding}"`
      const headers = { ...headersOf.get(folder.prefix), 'Content-Type': type, 'Content-Encoding': encoding, Vary: 'Accept-Encoding', ETag: etag }
      if (req.headers['if-none-match']?.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || t === '*')) {
        res.writeHead(304, headers)
        res.end()
        return true
      }
      res.writeHead(200, { ...headers, 'Content-Length': bytes.length })
      res.end(req.method === 'HEAD' ? undefined : bytes)
      return true
    },
  }
}
