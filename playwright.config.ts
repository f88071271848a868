import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

/**
 * End-to-end tests run against the production build, served on a free port.
 * Workers re-read this file, so the port is chosen once and passed on in the environment.
 */
if (!process.env.DATELINE_E2E_PORT) {
  process.env.DATELINE_E2E_PORT = execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ])
    .toString()
    .trim()
}
const port = Number(process.env.DATELINE_E2E_PORT)

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
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/build.mjs && node scripts/serve.mjs -p ${port} -H 127.0.0.1`,
    env: { DATELINE_SITE_URL: `http://127.0.0.1:${port}`, DATELINE_CONTENT_DIR: process.env.DATELINE_E2E_CONTENT },
    url: `http://127.0.0.1:${port}`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
