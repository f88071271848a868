// @ts-check
import { createHash } from 'node:crypto'

/**
 * The CSP source of every inline script in an HTML document ('sha256-…'), in document order, once each.
 * Script elements with a src, and data blocks (JSON, JSON-LD), are not inline scripts and are skipped.
 * The hash is over the exact characters between the tags, which is what browsers hash.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? ''
    if (/\ssrc\s*=/i.test(attrs)) continue
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase()
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue
    hashes.add(`'sha256-${createHash('sha256').update(m[2] ?? '', 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}
