import { chromium } from 'playwright'
const base = process.argv[2]
const paths = process.argv.slice(3)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
for (const [w, h] of [[390, 844], [1280, 800]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } })
  for (const p of paths) {
    await page.goto(base + p, { waitUntil: 'load' })
    await page.screenshot({ path: `/tmp/bs2-${p.replace(/[^a-z0-9]+/gi, '_')}-${w}.png` })
  }
  await page.close()
}
await browser.close()
