#!/usr/bin/env node
// `npm start`: builds the site when there is no build, the sources changed since the last one, or the build was made
// for another origin (another PORT or DATELINE_SITE_URL), then serves it.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { readBuildManifest } from './build-manifest.mjs'
import { siteOriginOrExit } from './site-origin.mjs'

const root = process.cwd()
const distDir = path.join(root, '.next')
const buildId = path.join(distDir, 'BUILD_ID')

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

const origin = siteOriginOrExit('start')
const port = process.env.PORT ?? '3000'
const sources = ['app', 'components', 'lib', 'content', 'styles', 'public', 'scripts'].map((d) => newest(path.join(root, d)))
const sourcesChanged = () => Math.max(...sources, statSync(path.join(root, 'package.json')).mtimeMs, statSync(path.join(root, 'proxy.ts')).mtimeMs) > statSync(buildId).mtimeMs
const stale =
  !existsSync(buildId) ||
  !existsSync(path.join(root, '.embed', 'manifest.json')) ||
  readBuildManifest(distDir)?.origin !== origin ||
  sourcesChanged()

if (stale) {
  console.log(`Building the site for ${origin} (no build yet, the sources changed, or the last build was for another origin)…`)
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', env: { ...process.env, DATELINE_SITE_URL: origin } })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const served = spawnSync(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '-p', port, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATELINE_SITE_URL: origin },
})
process.exit(served.status ?? 0)
