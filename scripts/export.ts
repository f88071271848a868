/**
 * `npm run export [-- --out dir] [-- --dist dir] [-- --no-build]`: the whole site as static files in `out/`, for any file server
 * or CDN (docs/deploying.md). The public origin is DATELINE_SITE_URL (or http://localhost:$PORT), as for a build.
 *
 * Why a crawl rather than Next's `output: 'export'`: that mode drops proxy.ts, route handlers that read the
 * request and the widget's server rendering, and would make the export a second way of building the site
 * with its own differences. Instead the site is built as usual (scripts/build.mjs, into `.next-export` so the
 * build `npm start` serves stays as it is), served by the production server on a loopback port with the
 * public origin (the server never reads Host, so its answers are those the public would get), and every URL
 * it would answer is fetched and written where a plain file server finds it (lib/export/paths.ts): every
 * prerendered route of Next's prerender manifest (pages, feeds, calendars, API, social cards, whatever routes
 * are added later with generateStaticParams), each story's widget, then whatever those documents link to on
 * the origin. A link that does not resolve stops the export. Next's hashed assets and public/ are copied, and so is
 * what the build already wrote for a prerendered route (lib/export/prerendered.ts): the server would send those files
 * as they are, so only the rest (each story's widget, rendered on request) is fetched.
 * Last, `_headers`: each file's headers as the Node server sends them, with its cache policy (lib/export/headers.ts).
 *
 * Again into the same folder with the same code and origin, only what changed is rendered (lib/export/incremental.ts):
 * the build renders the pages and files of the stories that changed (or whose series or translations did) and every
 * page of the site's own (index, tags, feeds, sitemap, the API's list); the other stories' files are kept from the
 * last export, whose record is in the build folder. The export's build skips Next's type check: `npm run typecheck`
 * (and `npm run validate`) is where types are checked, and the build would spend half a minute doing it again.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { readBuildManifest } from './build-manifest.mjs'
import { inlineScriptHashes } from './inline-scripts.mjs'
import { headerRules, pageCsp } from './security-headers.mjs'
import { siteOriginOrExit } from './site-origin.mjs'
import { CACHE_CONTROL, cacheKind, headersFile, ruleHeaders, type HeaderBlock } from '../lib/export/headers'
import { cssLinks, htmlLinks, xmlLinks } from '../lib/export/links'
import { encodedPath, exportFile, isHtml, servedPaths } from '../lib/export/paths'
import { builtFiles, type BuiltMeta } from '../lib/export/prerendered'
import { keptFiles, ownerOf, planExport, storyKeys, type ExportRecord, type WrittenFile } from '../lib/export/incremental'
import { CONTENT_DIR } from '../lib/content/content-files.server'
import { codeVersion } from './code-version.mjs'
import { deleteExported, exportStateDir, fileExistsUnder, forgetRecord, readRecord, storyInputs, writeRecord } from './export-record'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values: flags } = parseArgs({ options: { out: { type: 'string', default: 'out' }, dist: { type: 'string', default: '.next-export' }, 'no-build': { type: 'boolean', default: false } } })
const outDir = path.resolve(root, flags.out)
/**
 * The export's own build folder: the normal `.next` (what `npm start` serves, built for its own origin) is left alone.
 * `--dist` moves it (the build benchmark exports each archive from its own).
 */
const DIST_DIR = flags.dist
/** Where the server answers a path no route has: Next's prebuilt not-found page, with status 404. */
const NOWHERE = '/_dateline/not-found'
const STORY_PAGE = /^\/timelines\/([^/]+)$/

const started = performance.now()
const origin = siteOriginOrExit('export')
// DATELINE_STATIC_EXPORT: the widgets crawled are for a file server, which has no view endpoint (lib/embed/view-plans.server.ts).
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: DIST_DIR, DATELINE_SITE_URL: origin, NODE_ENV: 'production', DATELINE_SKIP_TYPECHECK: '1', DATELINE_STATIC_EXPORT: '1' }
delete env.DATELINE_DIST_DIR
delete env.DATELINE_RENDER_ONLY
const distDir = path.join(root, DIST_DIR)
/** The stories a partial build renders (lib/export/render-only.server.ts); absent after a full build. */
const renderOnlyFile = path.join(exportStateDir(distDir), 'render-only.json')

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1)

function fail(message: string): never {
  console.error(`Cannot export: ${message}`)
  process.exit(1)
}

const code = codeVersion(root)
const keys = storyKeys(await storyInputs(CONTENT_DIR))
const previous = readRecord(distDir)
// Without a build of its own the export cannot choose what is rendered: it writes out the whole of the build it finds.
const plan = flags['no-build'] ? ({ mode: 'full', reason: 'no build (--no-build)' } as const) : planExport(previous, { code, origin, out: outDir, keys }, fileExistsUnder(outDir))
if (flags['no-build'] && existsSync(renderOnlyFile)) fail(`the build in ${DIST_DIR} rendered only the stories that changed for an earlier export: run without --no-build.`)
if (plan.mode === 'full') {
  console.log(`Export: rendering every story (${plan.reason}).`)
  rmSync(renderOnlyFile, { force: true })
} else {
  console.log(`Export: rendering ${plan.render.length} stories that changed, keeping ${plan.keep.length}, deleting ${plan.removed.length}.`)
  mkdirSync(path.dirname(renderOnlyFile), { recursive: true })
  writeFileSync(renderOnlyFile, JSON.stringify(plan.render))
  env.DATELINE_RENDER_ONLY = renderOnlyFile
}
forgetRecord(distDir)

if (!flags['no-build']) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit', env })
  if (built.status !== 0) process.exit(built.status ?? 1)
  console.log(`Export: built in ${seconds(started)} s.`)
}
const manifest = readBuildManifest(distDir)
if (!manifest) fail(`no build in ${DIST_DIR}: run without --no-build.`)
if (manifest.origin !== origin) fail(`the build in ${DIST_DIR} was made for ${manifest.origin}, not ${origin}: run without --no-build.`)
const prerendered = Object.keys((JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> }).routes)

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })

/**
 * One production server per core: the crawl renders every story's widget on request, and one Node process
 * renders on one core. The crawl's requests are shared out among them.
 */
const SERVERS = Math.max(1, availableParallelism())
/** Requests in flight per server: one rendering while the next answer is written. */
const PER_SERVER = 2
const servers: { local: string; process: ChildProcess }[] = []
for (let i = 0; i < SERVERS; i++) {
  let port = await freePort()
  // A port probed free may be probed again before the server given it listens.
  while (servers.some((s) => s.local.endsWith(`:${port}`))) port = await freePort()
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  servers.push({ local: `http://127.0.0.1:${port}`, process: child })
}
const local = servers[0]!.local
const stopServer = () => {
  for (const { process: child } of servers) if (child.exitCode === null) child.kill('SIGTERM')
}
process.on('exit', stopServer)

async function waitForServer({ local, process: server }: (typeof servers)[number]) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) fail(`the server stopped (exit code ${server.exitCode}).`)
    try {
      if ((await fetch(`${local}/robots.txt`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  fail('the server did not answer within two minutes.')
}

/** Writes a file of the export, making its folders. */
function write(file: string, body: Uint8Array) {
  const target = path.join(outDir, file)
  mkdirSync(path.dirname(target), { recursive: true })
  writeFileSync(target, body)
}

await Promise.all(servers.map(waitForServer))
/** The earlier export's files kept as they are: those of the stories that did not change. */
const kept: Record<string, WrittenFile> = plan.mode === 'partial' && previous ? keptFiles(previous, plan.keep) : {}
if (plan.mode === 'full') rmSync(outDir, { recursive: true, force: true })
// Everything else the earlier export wrote is written again or, if it is gone from the site, deleted.
else for (const file of Object.keys(previous?.files ?? {})) if (!Object.hasOwn(kept, file)) deleteExported(outDir, file)
mkdirSync(outDir, { recursive: true })
// Hashed assets and public files (the widget's assets, embed.js) as they are: no route renders them.
cpSync(path.join(distDir, 'static'), path.join(outDir, '_next', 'static'), { recursive: true })
cpSync(path.join(root, 'public'), outDir, { recursive: true })

/** Media type of each file the crawl wrote, by file: `_headers` names it for files without an extension. */
const types = new Map<string, string>()
/**
 * Headers a route sets on its own answer (the TimelineJS JSON's and oEmbed's CORS, say), by file: kept for `_headers`.
 * Only those that protect or open a resource; caching is decided by kind (lib/export/headers.ts), and the rest is per response.
 */
const KEPT = /^(?:content-security-policy|x-content-type-options|referrer-policy|permissions-policy|cross-origin-[a-z-]+|x-frame-options|strict-transport-security|access-control-allow-[a-z-]+)$/
const answered = new Map<string, Map<string, string>>()
/** The URL path each file was fetched at: the next export's record keeps it. */
const fetchedAt = new Map<string, string>()
const seen = new Set<string>()
for (const [file, { path: urlPath, type, headers }] of Object.entries(kept)) {
  types.set(file, type)
  answered.set(file, new Map(Object.entries(headers)))
  fetchedAt.set(file, urlPath)
  // Not fetched again, whichever way a link spells it.
  for (const served of [urlPath, ...servedPaths(file).map(encodedPath)]) seen.add(served)
}
const queue: { path: string; from: string }[] = []
const broken: string[] = []
const enqueue = (raw: string, from: string) => {
  const urlPath = encodedPath(raw)
  if (seen.has(urlPath)) return
  seen.add(urlPath)
  queue.push({ path: urlPath, from })
}
for (const route of prerendered) if (!route.startsWith('/_')) enqueue(route, 'the prerender manifest')
for (const route of prerendered) {
  const story = STORY_PAGE.exec(route)
  if (story) enqueue(`/embed/${story[1]}`, `the story ${route}`)
}

/** Whether a path is already a file of the export (copied above), so nothing needs fetching. */
const copied = (urlPath: string) => {
  const file = path.join(outDir, decodeURIComponent(urlPath))
  return urlPath !== '/' && existsSync(file) && statSync(file).isFile()
}

// A few requests at a time to each server: it renders widgets on request, the rest it reads from its cache.
/** An answer to a path: the server's, or the one the build already wrote. */
interface Answer {
  status: number
  headers: Headers
  body: () => Promise<Uint8Array>
}

/** Prerendered routes by the path a link names them with. */
const builtRoutes = new Map(prerendered.map((route) => [encodedPath(route), route]))
let readFromBuild = 0

/**
 * A prerendered route's answer as the build wrote it (lib/export/prerendered.ts), or undefined when it is not
 * one or its files are not there. The files are what the server would send; the headers the server adds to
 * every answer come from next.config.js's rules, which `_headers` applies to each path anyway, and a page's
 * policy is hashed from the file itself.
 */
function readBuilt(urlPath: string): Answer | undefined {
  const route = builtRoutes.get(urlPath)
  if (route === undefined) return undefined
  const files = builtFiles(route)
  const under = (file: string) => path.join(distDir, 'server', 'app', file)
  const html = existsSync(under(files.html))
  if (!html && !existsSync(under(files.body))) return undefined
  let meta: BuiltMeta = {}
  try {
    meta = JSON.parse(readFileSync(under(files.meta), 'utf8')) as BuiltMeta
  } catch {
    return undefined
  }
  const headers = new Headers(meta.headers ?? {})
  if (html) headers.set('content-type', 'text/html; charset=utf-8')
  readFromBuild++
  return { status: meta.status ?? 200, headers, body: async () => new Uint8Array(readFileSync(under(html ? files.html : files.body))) }
}

/**
 * Asked again when the connection drops before an answer: between two requests a crawler may spend seconds
 * reading links out of a large page, and the server closes a connection idle for 5 s (Node's keep-alive), which
 * the next request may already have been sent on.
 */
async function fetched(local: string, urlPath: string, attempts = 3): Promise<Answer> {
  let response: Response
  try {
    response = await fetch(`${local}${urlPath}`, { redirect: 'manual' })
  } catch (error) {
    if (attempts <= 1) throw error
    return fetched(local, urlPath, attempts - 1)
  }
  return { status: response.status, headers: response.headers, body: async () => new Uint8Array(await response.arrayBuffer()) }
}

async function crawl(local: string) {
  while (queue.length > 0) {
    const { path: urlPath, from } = queue.shift()!
    if (copied(urlPath)) continue
    if (urlPath.startsWith('/_next/')) {
      broken.push(`${urlPath} (linked from ${from}) is not among Next's built assets`)
      continue
    }
    const answer = readBuilt(urlPath) ?? (await fetched(local, urlPath))
    if (answer.status !== 200) {
      broken.push(`${urlPath} (linked from ${from}) answers ${answer.status}`)
      continue
    }
    const type = answer.headers.get('content-type') ?? ''
    // Files are named by the decoded path, which is what file servers look for.
    const file = exportFile(decodeURIComponent(urlPath), type)
    if (!file) {
      broken.push(`${urlPath} (linked from ${from}) cannot be written as a file`)
      continue
    }
    const body = await answer.body()
    write(file, body)
    types.set(file, type)
    answered.set(file, new Map([...answer.headers].filter(([name]) => KEPT.test(name))))
    fetchedAt.set(file, urlPath)
    const text = () => new TextDecoder().decode(body)
    const url = `${origin}${urlPath}`
    const links = isHtml(type) ? htmlLinks(text(), url, origin) : /css/.test(type) ? cssLinks(text(), url, origin) : /xml/.test(type) ? xmlLinks(text(), origin) : []
    for (const link of links) enqueue(link, urlPath)
  }
}
const crawlStarted = performance.now()
try {
  await Promise.all(Array.from({ length: SERVERS * PER_SERVER }, (_, i) => crawl(servers[i % SERVERS]!.local)))
  const count = answered.size - Object.keys(kept).length
  console.log(`Export: ${count} files written in ${seconds(crawlStarted)} s (${readFromBuild} read from the build, ${count - readFromBuild} fetched), ${Object.keys(kept).length} kept.`)
  // The 404 page, where hosts look for it (Netlify, Cloudflare Pages, GitHub Pages, S3 and Nginx as configured in docs/deploying.md).
  const missing = await fetch(`${local}${NOWHERE}`)
  if (missing.status !== 404 || !isHtml(missing.headers.get('content-type'))) broken.push(`the not-found page answers ${missing.status}`)
  else write('404.html', new Uint8Array(await missing.arrayBuffer()))
} finally {
  stopServer()
}
if (broken.length > 0) fail(`${broken.length} link(s) do not resolve:\n  ${broken.join('\n  ')}`)

// _headers: one block per served path (hosts join the values of every block that matches), wildcards for the hashed folders.
const https = origin.startsWith('https:')
const rules = headerRules({ https })
/** Files under dir, relative, with forward slashes; the hashed folders too when `hashed`. */
function files(dir: string, hashed = false, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (!entry.isDirectory()) return [relative]
    return !hashed && (relative === '_next/static' || relative === 'embed-assets') ? [] : files(path.join(dir, entry.name), hashed, relative)
  })
}
const blocks: HeaderBlock[] = []
for (const folder of ['/_next/static', '/embed-assets']) {
  const headers = ruleHeaders(`${folder}/x`, rules)
  headers.set('Cache-Control', CACHE_CONTROL.immutable)
  blocks.push({ path: `${folder}/*`, headers })
}
const all = files(outDir).sort()
for (const file of all) {
  const html = file.endsWith('.html')
  for (const served of servedPaths(file).map(encodedPath)) {
    const headers = ruleHeaders(served, rules)
    // The server's own answer wins (header names as Next's rules spell them: the first letter of each word capitalised).
    for (const [name, value] of answered.get(file) ?? []) headers.set(name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase()), value)
    // A page's policy names its own inline scripts, hashed from the very file written (as proxy.ts does from the build manifest).
    if (html && !served.startsWith('/embed/')) headers.set('Content-Security-Policy', pageCsp({ scriptHashes: inlineScriptHashes(readFileSync(path.join(outDir, file), 'utf8')), https }))
    const type = types.get(file)
    if (type && path.extname(file) === '') headers.set('Content-Type', type)
    headers.set('Cache-Control', CACHE_CONTROL[cacheKind(served, html)])
    blocks.push({ path: served, headers })
  }
}
writeFileSync(path.join(outDir, '_headers'), headersFile(blocks))

const written: ExportRecord['files'] = {}
for (const [file, urlPath] of fetchedAt) written[file] = { path: urlPath, type: types.get(file) ?? '', headers: Object.fromEntries(answered.get(file) ?? []) }
const owners = new Set(Object.values(written).flatMap((f) => ownerOf(f.path) ?? []))
// After --no-build nothing says which code made the build found, so the next export starts from nothing.
if (!flags['no-build']) writeRecord(distDir, { code, origin, out: outDir, stories: Object.fromEntries([...keys].filter(([slug]) => owners.has(slug))), files: written })

const everything = files(outDir, true)
const bytes = everything.reduce((sum, file) => sum + statSync(path.join(outDir, file)).size, 0)
const where = path.relative(root, outDir) || '.'
console.log(
  `Exported ${origin} into ${where}: ${all.length} pages and files fetched or copied, ${everything.length - all.length} hashed assets, ` +
    `${(bytes / 1e6).toFixed(1)} MB in all, in ${((performance.now() - started) / 1000).toFixed(0)} s. Serve it with any file server, e.g. python3 -m http.server --directory ${where}.`,
)
process.exit(0)
