/**
 * What one embedded widget costs a reader: the widget's HTML and every stylesheet and script it
 * loads before it is interactive, each gzipped (level 9, as a CDN would), summed. Scripts loaded
 * later by dynamic import() (zoom, options applied in a static export) are listed apart, with
 * every chunk they import in turn: they are not part of the first load. Which of them a reader
 * loads depends on what they do; bench/zoomed-widget.ts weighs the widget once zoomed, in a browser.
 */
import { gzipSync } from 'node:zlib'

export interface WeightPart {
  url: string
  /** `data`: anything else the widget fetched (JSON of details, of a zoom), counted too. */
  kind: 'html' | 'css' | 'js' | 'data'
  raw: number
  gzip: number
}

export interface WidgetWeight {
  parts: WeightPart[]
  /** Sum of gzipped sizes of everything loaded up front. */
  total: number
  /** Chunks reachable only through dynamic import() (and what those import), gzipped, not in `total`. */
  deferred: WeightPart[]
}

async function get(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return response.text()
}

/** One fetched body, raw and gzipped at level 9. */
export const weightPart = (url: string, kind: WeightPart['kind'], body: string | Buffer): WeightPart => ({
  url,
  kind,
  raw: Buffer.byteLength(body),
  gzip: gzipSync(body, { level: 9 }).length,
})

/** Fetches `path` from `origin` and everything it loads up front; follows static ES imports between chunks. */
export async function widgetWeight(origin: string, path: string): Promise<WidgetWeight> {
  const pageUrl = new URL(path, origin).href
  const html = await get(pageUrl)
  const parts: WeightPart[] = [weightPart(pageUrl, 'html', html)]
  const deferred: WeightPart[] = []
  const attrs = (re: RegExp) => [...html.matchAll(re)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&'), pageUrl).href)
  for (const href of attrs(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) parts.push(weightPart(href, 'css', await get(href)))

  const seen = new Set<string>()
  const lazy: string[] = []
  // Static imports (`import{a}from"./chunk.js"`, `import"./chunk.js"`) load with the script; `import("./x.js")` loads later.
  const follow = async (start: string[], into: WeightPart[]) => {
    const queue = [...start]
    while (queue.length) {
      const url = queue.shift()!
      if (seen.has(url)) continue
      seen.add(url)
      const js = await get(url)
      into.push(weightPart(url, 'js', js))
      for (const m of js.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)) queue.push(new URL(m[1]!, url).href)
      for (const m of js.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) lazy.push(new URL(m[1]!, url).href)
    }
  }
  await follow(attrs(/<script[^>]+src="([^"]+)"/g), parts)
  // A lazy chunk's own static imports (the layout code a zoom chunk shares with others) load with it.
  while (lazy.length) await follow(lazy.splice(0), deferred)
  return { parts, total: parts.reduce((s, p) => s + p.gzip, 0), deferred }
}
