import type { EventBrief } from '../content/event-details'
import type { StoryPages, ViewerModel } from './model'
import type { LayoutEventInput, LayoutQuoteInput } from '../layout/layout-types'
import { layoutInput } from '../layout/drawings'
import { layoutTexts } from '../layout/layout-texts'
import { tagSlots } from '../layout/tag-colors'
import { directionOf } from '../i18n/direction'
import type { Messages } from '../i18n/messages/en'
import { viewerMessages } from '../i18n/viewer-messages'
import { plural } from '../i18n/plural'
import type { TagSlot } from './tags'

export interface ViewerModelSource {
  slug: string
  title: string
  /** The language of the viewer's words and dates; its direction is the way time runs. */
  locale: string
  messages: Messages
  /** The story's `timezone` (an IANA name), when its frontmatter names one. */
  timezone?: string | undefined
  /** Events and quotes drawn, in time order, with the tags of every event of the story (for their colours). */
  events: readonly (LayoutEventInput & { tags: readonly string[] })[]
  quotes: readonly LayoutQuoteInput[]
  details: EventBrief[]
  /** A long story read in pages; its details are then briefs. */
  pages?: StoryPages
  /** Tags to colour: by default those of `events`; the widget colours a window as the whole story. */
  tagsOf?: readonly (readonly string[])[]
  initialHidden?: (tags: TagSlot[]) => string[]
  storyHref?: string
  zoomOnArrival: boolean
}

/** The viewer's model: one function for the story page, tag pages and the widget, so all three draw the same way. */
export function viewerModel(source: ViewerModelSource): ViewerModel {
  const tags = [...tagSlots(source.tagsOf ?? source.events.map((e) => e.tags))].map(([tag, slot]) => ({ tag, slot }))
  const hidden = source.initialHidden?.(tags) ?? []
  return {
    slug: source.slug,
    title: source.title,
    input: layoutInput(source.events, source.quotes, source.locale, layoutTexts(source.messages), { direction: directionOf(source.locale), timezone: source.timezone }),
    details: source.details,
    tags,
    ...(hidden.length ? { initialHiddenTags: hidden } : {}),
    ...(source.pages ? { pages: source.pages } : {}),
    ...(source.storyHref !== undefined ? { storyHref: source.storyHref } : {}),
    zoomOnArrival: source.zoomOnArrival,
    messages: viewerMessages(source.messages, source.locale),
    eventCount: plural(source.messages.counts.events, source.events.length, source.locale),
  }
}
