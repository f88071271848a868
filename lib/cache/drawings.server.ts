import { drawings, type Drawings } from '../layout/drawings'
import type { LayoutEventInput, LayoutQuoteInput } from '../layout/layout-types'
import { layoutTexts } from '../layout/layout-texts'
import { directionOf, messagesFor } from '../i18n'
import { codeVersionOf } from './code-version'
import { cacheKey, readCachedJson, writeCachedJson } from './disk-cache.server'

/**
 * `drawings()`, kept on disk in a build by the code version and a hash of what layout reads (the
 * events' and quotes' dates, titles, words, the locale, the reading direction and the story's time zone; the labels' words are code), so a rebuild lays out only the stories
 * that changed. Laying out a story of a few hundred events costs a few hundred ms; reading it back, a few.
 * Outside a build made by scripts/build.mjs it lays out every time.
 */
export async function cachedDrawings(
  events: readonly LayoutEventInput[],
  quotes: readonly LayoutQuoteInput[],
  locale: string,
  timezone?: string | undefined,
): Promise<Drawings> {
  // The labels in the locale's own words and time in its reading direction, as a story page and a tag page draw them.
  const texts = layoutTexts(messagesFor(locale))
  const version = codeVersionOf()
  const direction = directionOf(locale)
  const drawIt = () => drawings(events, quotes, locale, texts, timezone === undefined ? { direction } : { direction, timezone })
  if (!version) return drawIt()
  const key = cacheKey([version, locale, direction, timezone ?? '', JSON.stringify(events), JSON.stringify(quotes)])
  const hit = await readCachedJson<Drawings>('drawings', key)
  if (hit) return hit
  const drawn = drawIt()
  await writeCachedJson('drawings', key, drawn)
  return drawn
}
