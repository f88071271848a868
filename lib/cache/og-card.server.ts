import { codeVersionOf } from './code-version'
import { cacheKey, readCachedBytes, readCachedJson, writeCachedBytes, writeCachedJson } from './disk-cache.server'

/**
 * An image route's answer, kept on disk in a build by the code version and what the image shows
 * (`parts`), so a rebuild rasterises only the cards that changed. The cached answer carries the
 * drawn one's headers. Outside a build made by scripts/build.mjs it draws every time.
 */
export async function cachedPng(parts: readonly (string | number)[], draw: () => Response): Promise<Response> {
  const version = codeVersionOf()
  if (!version) return draw()
  const key = cacheKey([version, ...parts])
  const [bytes, headers] = await Promise.all([readCachedBytes('og', key, 'png'), readCachedJson<[string, string][]>('og', key)])
  if (bytes && headers) return new Response(new Uint8Array(bytes), { headers })
  const drawn = draw()
  const png = new Uint8Array(await drawn.arrayBuffer())
  // The image first: a reader that finds the headers finds the image written.
  await writeCachedBytes('og', key, png, 'png')
  await writeCachedJson('og', key, [...drawn.headers])
  return new Response(png, { headers: drawn.headers })
}
