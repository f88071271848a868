import type { Messages } from '../i18n/messages/en'
import type { LayoutTexts } from './layout-types'

/** The words layout needs, out of a language's messages: a small part, since it goes to the browser with the zoom's inputs. */
export function layoutTexts(messages: Messages): LayoutTexts {
  const { events, quotes } = messages.counts
  const { clusterHint, clusterMore, range } = messages.timeline
  return { events, quotes, clusterHint, clusterMore, range }
}

/**
 * What a layout writes when it is given no language's words. Written out rather than taken from
 * messages/en.ts, so that the widget's scripts do not carry every English message for five of them;
 * layout-texts.test.ts holds it equal to layoutTexts(en).
 */
export const ENGLISH_LAYOUT: LayoutTexts = {
  events: { one: '{n} event', other: '{n} events' },
  quotes: { one: '{n} quote', other: '{n} quotes' },
  clusterHint: 'Zoom in to see them',
  clusterMore: '{title} and {n} more',
  range: '{from} to {to}',
}
