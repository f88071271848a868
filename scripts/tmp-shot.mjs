import { chromium } from 'playwright'
const [url, out, w, h, scheme] = process.argv.slice(2)
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme || 'light' })
await p.goto(url, { waitUntil: 'networkidle' })
await p.waitForTimeout(500)
await p.screenshot({ path: out })
const info = await p.evaluate(() => {
  const svg = [...document.querySelectorAll('svg.tl-svg')].find((s) => s.getBoundingClientRect().height > 0)
  const r = svg.getBoundingClientRect()
  return { svg: [r.top, r.left, r.width, r.height], events: [...svg.querySelectorAll('a.tl-event')].map((e) => { const q = e.getBoundingClientRect(); return [e.dataset.eventId, Math.round(q.top), Math.round(q.bottom), Math.round(q.left), Math.round(q.right)] }) }
})
console.log(JSON.stringify(info))
await b.close()
