#!/usr/bin/env node
// `npm start`: builds the site when there is no build or the sources changed since the last one, then serves it.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const buildId = path.join(root, '.next', 'BUILD_ID')

function newest(dir) {
  let latest = 0
  if (!existsSync(dir)) return latest
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const p = path.join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return latest
}

const sources = ['app', 'components', 'lib', 'content', 'styles', 'public', 'scripts'].map((d) => newest(path.join(root, d)))
// The embed widget's renderer and assets (scripts/build-embed.mjs) are part of a build too.
const stale = !existsSync(buildId) || !existsSync(path.join(root, '.embed', 'manifest.json')) || Math.max(...sources, statSync(path.join(root, 'package.json')).mtimeMs) > statSync(buildId).mtimeMs
const run = (args) => spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), ...args], { stdio: 'inherit' })

if (stale) {
  console.log('Building the site (sources changed since the last build)…')
  const embed = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-embed.mjs')], { stdio: 'inherit' })
  if (embed.status !== 0) process.exit(embed.status ?? 1)
  const built = run(['build'])
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const port = process.env.PORT ?? '3000'
console.log(`Serving Dateline on http://localhost:${port}`)
const served = run(['start', '-p', port, ...process.argv.slice(2)])
process.exit(served.status ?? 0)
