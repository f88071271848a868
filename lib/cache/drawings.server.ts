import { drawings, type Drawings } from '../layout/drawings'
import type { LayoutEventInput, LayoutQuoteInput } from '../layout/layout-types'
import { layoutTexts } from '../layout/layout-texts'
import { messagesFor } from '../i18n'
import { codeVersionOf } from './code-version'
import { cacheKey, readCachedJson, writeCachedJson } from './disk-cache.server'

/**
 * `drawings()`, kept on disk in a build by the code version and a hash of what layout reads (the
 * events' and quotes' dates, titles, words and the locale; the labels' words are code), so a rebuild lays out only the stories
 * that changed. Laying out a story of a few hundred events costs a few hundred ms; reading it back, a few.
 * Outside a build made by scripts/build.mjs it lays out every time.
 */
export async function cachedDrawings(events: readonly LayoutEventInput[], quotes: readonly LayoutQuoteInput[], locale: string): Promise<Drawings> {
  // The labels in the locale's own words, as a story page and a tag page draw them.
  const texts = layoutTexts(messagesFor(locale))
  const version = codeVersionOf()
  if (!version) return drawings(events, quotes, locale, texts)
  const key = cacheKey([version, locale, JSON.stringify(events), JSON.stringify(quotes)])
  const hit = await readCachedJson<Drawings>('drawings', key)
  if (hit) return hit
  const drawn = drawings(events, quotes, locale, texts)
  await writeCachedJson('drawings', key, drawn)
  return drawn
}
