/**
 * What one embedded widget costs a reader: the widget's HTML and every stylesheet and script it
 * loads before it is interactive, each gzipped (level 9, as a CDN would), summed. Scripts loaded
 * later by dynamic import() (zoom) are listed apart: they are not part of the first load.
 */
import { gzipSync } from 'node:zlib'

interface WeightPart {
  url: string
  kind: 'html' | 'css' | 'js'
  raw: number
  gzip: number
}

export interface WidgetWeight {
  parts: WeightPart[]
  /** Sum of gzipped sizes of everything loaded up front. */
  total: number
  /** Chunks reachable only through dynamic import(), gzipped, not in `total`. */
  deferred: WeightPart[]
}

async function get(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return response.text()
}

const part = (url: string, kind: WeightPart['kind'], body: string): WeightPart => ({
  url,
  kind,
  raw: Buffer.byteLength(body),
  gzip: gzipSync(body, { level: 9 }).length,
})

/** Fetches `path` from `origin` and everything it loads up front; follows static ES imports between chunks. */
export async function widgetWeight(origin: string, path: string): Promise<WidgetWeight> {
  const pageUrl = new URL(path, origin).href
  const html = await get(pageUrl)
  const parts: WeightPart[] = [part(pageUrl, 'html', html)]
  const deferred: WeightPart[] = []
  const attrs = (re: RegExp) => [...html.matchAll(re)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&'), pageUrl).href)
  for (const href of attrs(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) parts.push(part(href, 'css', await get(href)))

  const seen = new Set<string>()
  const lazy = new Set<string>()
  const queue = attrs(/<script[^>]+src="([^"]+)"/g)
  while (queue.length) {
    const url = queue.shift()!
    if (seen.has(url)) continue
    seen.add(url)
    const js = await get(url)
    parts.push(part(url, 'js', js))
    // Static imports (`import{a}from"./chunk.js"`, `import"./chunk.js"`) load now; `import("./x.js")` loads later.
    for (const m of js.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)) queue.push(new URL(m[1]!, url).href)
    for (const m of js.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) lazy.add(new URL(m[1]!, url).href)
  }
  for (const url of lazy) if (!seen.has(url)) deferred.push(part(url, 'js', await get(url)))
  return { parts, total: parts.reduce((s, p) => s + p.gzip, 0), deferred }
}
