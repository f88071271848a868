import { codeVersionOf } from './code-version'
import { cacheKey, readCachedBytes, readCachedJson, writeCachedBytes, writeCachedJson } from './disk-cache.server'

/**
 * An image route's answer, kept on disk in a build by the code version and what the image shows
 * (`parts`), so a rebuild rasterises only the cards that changed. The cached answer carries the
 * drawn one's headers. Outside a build made by scripts/build.mjs it draws every time.
 *
 * The image is drawn before it is answered, so that a drawing that fails (a renderer that cannot take
 * some text) is answered by `fallback` instead of failing the page, or the build that prerenders it.
 */
export async function cachedPng(parts: readonly (string | number)[], draw: () => Response, fallback: () => Response): Promise<Response> {
  const version = codeVersionOf()
  const key = version ? cacheKey([version, ...parts]) : undefined
  if (key) {
    const [bytes, headers] = await Promise.all([readCachedBytes('og', key, 'png'), readCachedJson<[string, string][]>('og', key)])
    if (bytes && headers) return new Response(new Uint8Array(bytes), { headers })
  }
  const { png, headers } = await drawnOr(draw, fallback)
  if (!key) return new Response(png, { headers })
  // The image first: a reader that finds the headers finds the image written.
  await writeCachedBytes('og', key, png, 'png')
  await writeCachedJson('og', key, [...headers])
  return new Response(png, { headers })
}

async function drawnOr(draw: () => Response, fallback: () => Response): Promise<{ png: Uint8Array<ArrayBuffer>; headers: Headers }> {
  try {
    const drawn = draw()
    return { png: new Uint8Array(await drawn.arrayBuffer()), headers: drawn.headers }
  } catch {
    const drawn = fallback()
    return { png: new Uint8Array(await drawn.arrayBuffer()), headers: drawn.headers }
  }
}
