#!/usr/bin/env node
// @ts-check
/**
 * `npm run build`: the widget's assets (scripts/build-embed.mjs), the content caches (scripts/warm-cache.ts:
 * every story compiled and laid out on every core, kept in `<distDir>/cache` for the next build), `next build`, then the build manifest
 * (scripts/build-manifest.mjs: the origin the pages were written for and their inline scripts' hashes,
 * which `next start` needs). The public origin is DATELINE_SITE_URL, or http://localhost:$PORT.
 * Extra arguments go to `next build`.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { distDirOf, writeBuildManifest } from './build-manifest.mjs'
import { codeVersion } from './code-version.mjs'
import { siteOriginOrExit } from './site-origin.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const origin = siteOriginOrExit('build')
// Names the code in the keys of the caches of layouts, timelines and OG cards (scripts/code-version.mjs).
const env = { ...process.env, NODE_ENV: 'production', DATELINE_CODE_VERSION: codeVersion(root) }
/** @param {string[]} args */
const node = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env })

const embed = node([path.join(root, 'scripts', 'build-embed.mjs')])
if (embed.status !== 0) process.exit(embed.status ?? 1)
// Only speed depends on it: should it fail, `next build` compiles what it needs and reports any error itself.
const warm = node([path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'warm-cache.ts')])
if (warm.status !== 0) console.warn(`Warming the content caches failed (exit ${warm.status}); building without them.`)
const built = node([path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', ...process.argv.slice(2)])
if (built.status !== 0) process.exit(built.status ?? 1)
const manifest = writeBuildManifest(path.resolve(root, distDirOf(process.env)), origin)
console.log(`Built for ${origin}: ${Object.keys(manifest.scripts).length} prerendered pages, their inline scripts allowed by hash.`)
