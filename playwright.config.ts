import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

/**
 * End-to-end tests run against the production build, served on a free port.
 * Workers re-read this file, so the port is chosen once and passed on in the environment.
 */
const freePort = () =>
  execFileSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"])
    .toString()
    .trim()
process.env.DATELINE_E2E_PORT ??= freePort()
process.env.DATELINE_E2E_STATIC_PORT ??= freePort()
const port = Number(process.env.DATELINE_E2E_PORT)
/** The static export, served by a plain file server: e2e/static-export.spec.ts runs against it alone. */
const staticPort = Number(process.env.DATELINE_E2E_STATIC_PORT)
const STATIC_SPEC = /static-export\.spec\.ts$/
const STATIC_OUT = '.next-export/e2e-out'

/**
 * The site the tests build: every story of content/timelines and the fixtures of e2e/fixtures/site, a
 * draft and an embargoed story (which no public page may show) and a public story tagged in three scripts.
 * Assembled once, in a folder of its own, so content/ holds real stories only.
 */
if (!process.env.DATELINE_E2E_CONTENT) {
  const dir = path.resolve('.e2e-content')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir)
  for (const from of ['content/timelines', 'e2e/fixtures/site'])
    for (const file of readdirSync(from).filter((f) => f.endsWith('.mdx'))) cpSync(path.join(from, file), path.join(dir, file))
  process.env.DATELINE_E2E_CONTENT = dir
}

// This machine cannot download Playwright's browsers: use Debian's Chromium when it is there.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  },
}

/**
 * What both test sites are built from: the bundled stories and the fixtures (or DATELINE_E2E_CONTENT), with an index
 * of eight stories a page, so its 13 stories take two pages and the tests go through the index's paging and its search
 * over every page, as a newsroom's archive would (DATELINE_INDEX_PAGE_SIZE, docs/deploying.md).
 */
const siteEnv = { DATELINE_CONTENT_DIR: process.env.DATELINE_E2E_CONTENT, DATELINE_INDEX_PAGE_SIZE: '8' }

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: STATIC_SPEC, use: browser },
    { name: 'static', testMatch: STATIC_SPEC, use: { ...browser, baseURL: `http://127.0.0.1:${staticPort}` } },
  ],
  // Started one after the other (Playwright sets up its servers in order), so the two builds never overlap.
  webServer: [
    {
      command: `node scripts/build.mjs && node scripts/serve.mjs -p ${port} -H 127.0.0.1`,
      env: { DATELINE_SITE_URL: `http://127.0.0.1:${port}`, ...siteEnv },
      url: `http://127.0.0.1:${port}`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The export, built for the file server's origin, then the plain file server the issue names (its request log silenced).
      command: `node node_modules/tsx/dist/cli.mjs scripts/export.ts --out ${STATIC_OUT} && exec python3 -m http.server ${staticPort} --bind 127.0.0.1 --directory ${STATIC_OUT} 2>/dev/null`,
      env: { DATELINE_SITE_URL: `http://127.0.0.1:${staticPort}`, ...siteEnv },
      url: `http://127.0.0.1:${staticPort}/`,
      // A whole build as above, then the crawl: on a loaded machine the build alone passed 7 minutes.
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
