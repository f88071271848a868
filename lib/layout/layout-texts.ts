import { en, type Messages } from '../i18n/messages/en'
import type { LayoutTexts } from './layout-types'

/** The words layout needs, out of a language's messages: a small part, since it goes to the browser with the zoom's inputs. */
export function layoutTexts(messages: Messages): LayoutTexts {
  const { events, quotes } = messages.counts
  const { clusterHint, clusterMore, range } = messages.timeline
  return { events, quotes, clusterHint, clusterMore, range }
}

/** What a layout writes when it is given no language's words. */
export const ENGLISH_LAYOUT: LayoutTexts = layoutTexts(en)
