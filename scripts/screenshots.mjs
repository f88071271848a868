#!/usr/bin/env node
// Screenshots of a running site at phone and desktop widths, light and dark:
//   node scripts/screenshots.mjs http://localhost:3000 /tmp/shots [path…]
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'

const [base = 'http://localhost:3000', out = 'screenshots', ...paths] = process.argv.slice(2)
const pages = paths.length ? paths : ['/', '/timelines/lavrov-blinken-prisoner-swap']
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
mkdirSync(out, { recursive: true })
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
for (const [device, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: device === 'phone' ? 2 : 1 })
    for (const p of pages) {
      await page.goto(base + p, { waitUntil: 'networkidle' })
      const name = `${p === '/' ? 'index' : p.split('/').filter(Boolean).pop()}-${device}-${colorScheme}.png`
      await page.screenshot({ path: path.join(out, name), fullPage: process.env.FULL === '1' })
      console.log(path.join(out, name))
    }
    await page.close()
  }
}
await browser.close()
