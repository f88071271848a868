/**
 * The production site for benchmarks: `startSite()` builds it (only when the
 * sources or the content changed since the last bench build) and serves it with
 * `next start` on a free port.
 *
 * A bench build goes into its own folder under bench/out/ (DATELINE_DIST_DIR,
 * read by next.config.js), one per content folder, so it never overwrites the
 * `.next` of `npm run build` or of the end-to-end tests; DATELINE_CONTENT_DIR
 * (read by lib/content/load.server.ts) points it at synthetic stories.
 *
 *   tsx bench/serve-site.ts [--content bench/out/content]   serves until Ctrl-C
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { prepareBenchContent } from './bench-content'

export interface SiteOptions {
  /** Folder of timeline MDX files; content/timelines when omitted. */
  contentDir?: string
  /** Build folder, relative to the project; by default one per content folder under bench/out/. */
  distDir?: string
  /** Progress lines (building, serving); silent when omitted. */
  log?: (line: string) => void
}

export interface Site {
  /** Base address without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string
  /** True when this call ran `next build`; false when the previous bench build was still current. */
  built: boolean
  /** The pid of the `next start` process serving now (it changes if the server was started again), or undefined once it ended. */
  pid: () => number | undefined
  stop: () => Promise<void>
}

const root = process.cwd()
/** What a build depends on besides the content; a change to any of them makes a new build. */
const SOURCES = ['app', 'components', 'lib', 'scripts', 'styles', 'public', 'package.json', 'package-lock.json', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json']
const STAMP = 'dateline-bench-build.json'
/** How many times a server ended from outside is started again before a benchmark gives up on it. */
const MAX_RESTARTS = 5

/** A port nobody listens on now, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** True when nobody listens on the port now. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** Latest modification time under `p` (a file or a folder), skipping dot-folders and node_modules. */
function newest(p: string): number {
  if (!existsSync(p)) return 0
  const stat = statSync(p)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const entry of readdirSync(p, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    latest = Math.max(latest, newest(path.join(p, entry.name)))
  }
  return latest
}

interface Stamp {
  contentDir: string
  sources: number
  content: number
  /** The port of the origin the build was made for: its pages link to it, and `next start` serves a build only at its own origin. */
  port?: number
}

function currentStamp(contentDir: string): Stamp {
  return { contentDir, sources: Math.max(...SOURCES.map((s) => newest(path.join(root, s)))), content: newest(contentDir) }
}

function readStamp(file: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp
  } catch {
    return undefined
  }
}

/** The last lines of a process's output, for an error message that shows why it failed. */
function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

/**
 * `next build` adds its distDir's generated types to tsconfig.json and
 * next-env.d.ts (node_modules/next/dist/lib/typescript/writeConfigurationDefaults.js).
 * A bench build must leave the project's files as they were, byte for byte and
 * with their times, or every bench run would dirty the worktree and look like a
 * source change to the next one.
 */
export function preserveFiles(names: string[]): () => void {
  const saved = names
    .map((name) => path.join(root, name))
    .filter((file) => existsSync(file))
    .map((file) => ({ file, text: readFileSync(file), stat: statSync(file) }))
  return () => {
    for (const { file, text, stat } of saved) {
      if (!existsSync(file) || !readFileSync(file).equals(text)) writeFileSync(file, text)
      utimesSync(file, stat.atime, stat.mtime)
    }
  }
}

function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, output }))
  })
}

async function waitForServer(url: string, child: () => ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const c = child()
    if (c.exitCode !== null && c.exitCode !== 143) throw new Error(`next start exited with code ${c.exitCode}:\n${tail(output())}`)
    try {
      const res = await fetch(url, { redirect: 'manual' })
      await res.arrayBuffer()
      return
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  throw new Error(`next start did not answer on ${url} within ${timeoutMs / 1000} s:\n${tail(output())}`)
}

/**
 * Builds the site from `contentDir` when needed, then serves it on a free
 * port of 127.0.0.1. Throws with the tail of Next's output when the build or
 * the server fails, so a broken synthetic story is reported with its located errors.
 */
export async function startSite(options: SiteOptions = {}): Promise<Site> {
  const contentDir = path.resolve(root, options.contentDir ?? path.join('content', 'timelines'))
  if (!existsSync(contentDir)) throw new Error(`content folder ${contentDir} does not exist`)
  const key = createHash('sha256').update(contentDir).digest('hex').slice(0, 8)
  const distDir = options.distDir ?? path.join('bench', 'out', `next-${key}`)
  const log = options.log ?? (() => {})
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATELINE_CONTENT_DIR: contentDir,
    DATELINE_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
  }

  const stampFile = path.join(root, distDir, STAMP)
  const stamp = currentStamp(contentDir)
  const previous = readStamp(stampFile)
  // The port is part of the build (its origin is in the pages): serve on the last build's port while it is free.
  const port = previous?.port && (await portIsFree(previous.port)) ? previous.port : await freePort()
  const url = `http://127.0.0.1:${port}`
  const current =
    existsSync(path.join(root, distDir, 'BUILD_ID')) &&
    previous?.contentDir === stamp.contentDir &&
    previous.sources === stamp.sources &&
    previous.content === stamp.content &&
    previous.port === port
  if (!current) {
    log(`building the site from ${path.relative(root, contentDir) || contentDir} into ${distDir} …`)
    const t0 = Date.now()
    // What `npm run build` runs: the widget's assets, `next build`, and the manifest `next start` checks.
    const restore = preserveFiles(['tsconfig.json', 'next-env.d.ts'])
    const build = await runProcess(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { ...env, DATELINE_SITE_URL: url }).finally(restore)
    if (build.code !== 0) throw new Error(`the build failed (exit ${build.code}):\n${tail(build.output, 60)}`)
    // Stamped after the build: the widget's assets are written into public/, which must not count as a change next time.
    writeFileSync(stampFile, JSON.stringify({ ...currentStamp(contentDir), port }))
    log(`built in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
  }

  let output = ''
  let stopping = false
  let restarts = 0
  const serve = (): ChildProcess => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
      cwd: root,
      env: { ...env, DATELINE_SITE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
    child.once('exit', (code, signal) => {
      if (stopping) return
      // Next turns SIGTERM into exit 143 (128 + 15).
      const how = signal ?? (code !== null && code > 128 ? `exit ${code}, signal ${code - 128}` : `exit ${code}`)
      // On a shared machine another developer's cleanup (`pkill -f next-server`) can end this server
      // mid-run; the build is done, so serving again on the same port costs well under a second.
      if (restarts < MAX_RESTARTS && code !== 0 && code !== 1) {
        restarts++
        console.error(`  next start on ${url} was ended from outside (${how}); serving again (${restarts}/${MAX_RESTARTS})`)
        server = serve()
      } else console.error(`next start on ${url} ended on its own (${how}):\n${tail(output, 10)}`)
    })
    return child
  }
  let server = serve()
  const stop = () =>
    new Promise<void>((resolve) => {
      stopping = true
      if (server.exitCode !== null || server.signalCode !== null) return resolve()
      server.once('exit', () => resolve())
      server.kill('SIGTERM')
    })
  // A bench that throws must not leave a server behind.
  const onExit = () => server.kill('SIGTERM')
  process.once('exit', onExit)
  try {
    await waitForServer(url, () => server, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  log(`serving ${url}`)
  return {
    url,
    built: !current,
    pid: () => (server.exitCode === null && server.signalCode === null ? server.pid : undefined),
    stop: async () => {
      process.removeListener('exit', onExit)
      await stop()
    },
  }
}

/**
 * The published stories (and the synthetic one), built and served: the name bench/embed.bench.ts
 * (widget weight) calls on the embed branch, kept so both benchmarks share this harness.
 */
export function serveSite(): Promise<Site> {
  // The benchmarks' content folder holds every published story too: one bench build serves them all.
  return startSite({ contentDir: prepareBenchContent(), log: (line) => console.log(`  [site] ${line}`) })
}

async function main(argv: string[]) {
  const i = argv.indexOf('--content')
  const site = await startSite({ ...(i === -1 ? {} : { contentDir: argv[i + 1] }), log: (l) => console.log(l) })
  console.log(`Ctrl-C stops ${site.url}`)
  process.once('SIGINT', () => void site.stop().then(() => process.exit(0)))
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main(process.argv.slice(2))
