/**
 * Starts the built site (`next start`) on a free port for a benchmark, and stops it.
 * Builds first (`npm run build`, so the embed prebuild runs too) when there is no build or
 * a source is newer than it. Shared by benchmarks that need a real server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

export interface RunningSite {
  /** e.g. http://127.0.0.1:41234, without a trailing slash. */
  url: string
  stop: () => Promise<void>
}

const root = process.cwd()
const SOURCES = ['app', 'components', 'lib', 'content', 'styles', 'scripts', 'next.config.js', 'package.json']

function newest(p: string): number {
  if (!existsSync(p)) return 0
  const s = statSync(p)
  if (!s.isDirectory()) return s.mtimeMs
  let latest = 0
  for (const entry of readdirSync(p, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    latest = Math.max(latest, newest(path.join(p, entry.name)))
  }
  return latest
}

/** True when `.next/BUILD_ID` (or the embed build) is missing or older than any source. */
export function buildIsStale(): boolean {
  const id = path.join(root, '.next', 'BUILD_ID')
  const embed = path.join(root, '.embed', 'manifest.json')
  if (!existsSync(id) || !existsSync(embed)) return true
  const built = Math.min(statSync(id).mtimeMs, statSync(embed).mtimeMs)
  return Math.max(...SOURCES.map((s) => newest(path.join(root, s)))) > built
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url)
      // Another process may have taken the port between our probe and next's bind: then ours has exited.
      await new Promise((r) => setTimeout(r, 300))
      if (response.ok && child.exitCode === null) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`the site did not answer at ${url} within ${timeoutMs} ms`)
}

/** Builds if needed, then serves the build on 127.0.0.1 at a free port until `stop()`. */
export async function serveSite({ timeoutMs = 60_000 } = {}): Promise<RunningSite> {
  if (buildIsStale()) {
    console.log('serve-site: building the site (no build, or sources changed)…')
    const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
    if (built.status !== 0) throw new Error(`npm run build failed (${built.status})`)
  }
  // A free port can be taken by someone else before next binds it (other test runs on this machine): retry.
  let child: ChildProcess | undefined
  let url = ''
  for (let attempt = 1; !child; attempt++) {
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    const started = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, DATELINE_SITE_URL: url },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    try {
      await waitFor(url, started, timeoutMs)
      child = started
    } catch (error) {
      started.kill()
      if (attempt >= 3) throw error
    }
  }
  const running = child
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (running.exitCode !== null) return resolve()
        running.once('exit', () => resolve())
        running.kill('SIGTERM')
      }),
  }
}
