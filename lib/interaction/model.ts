import type { EventDetail } from '../content/event-details'
import type { ZoomInput } from '../layout/drawings'
import type { ViewerMessages } from '../i18n/viewer-messages'
import type { TagSlot } from './tags'

/**
 * Everything the timeline viewer is drawn from, on the story page, a tag page and in the widget
 * alike: plain data, sent to the browser once. It holds the layout's inputs, not the layouts: the
 * server lays both drawings out from `input` while it renders them, and the browser lays the wide
 * one out again from the same input only when the reader zooms.
 */
export interface ViewerModel {
  /** Names the figure's controls' ids: a story's slug, or `tag-<key>` on a tag page. */
  slug: string
  title: string
  /** The layout's inputs: the events and quotes drawn, in time order, and the words and zone they are drawn with. */
  input: ZoomInput
  /** What the detail view shows of each event, in the same order as `input.events`. */
  details: EventDetail[]
  /** The timeline's tags with their palette slots, most used first. */
  tags: TagSlot[]
  /** Tags whose events start filtered out (the embed's `tags` option); the reader can show them again. */
  initialHiddenTags?: string[]
  /** Where "Read it in the story" goes when the story is not on this page (the widget); opens in a new tab. */
  storyHref?: string
  /** Whether opening the page with `#id` zooms in on that event (the story page) or only selects it where it stands (the widget). */
  zoomOnArrival: boolean
  /** Its words, in the story's language (or the widget's `lang`). */
  messages: ViewerMessages
}

/** The events' ids in time order: the order arrows, buttons and the prose watch go through. */
export function eventIds(model: Pick<ViewerModel, 'input'>): string[] {
  return model.input.events.map((e) => e.id)
}

/** Each quote's whole words, by id, for its callout's title. */
export function quoteTexts(model: Pick<ViewerModel, 'input'>): Record<string, string> {
  return Object.fromEntries(model.input.quotes.map((q) => [q.id, q.text]))
}
