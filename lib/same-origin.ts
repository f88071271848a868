/**
 * `ref` resolved against `base`, when it parses and lands on `origin`; null otherwise. Dependency-free, so
 * embed.js (lib/embed/snippets.ts) bundles it as cheaply as the export's link check (lib/export/links.ts).
 */
export function sameOriginUrl(ref: string, base: string, origin: string): URL | null {
  let url: URL
  try {
    url = new URL(ref, base)
  } catch {
    return null
  }
  return url.origin === origin ? url : null
}
