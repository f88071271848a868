import type { EventBrief, EventDetail } from '../content/event-details'
import { eventHref } from '../content/story-pages'
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
  /**
   * What the detail view shows of each event, in the same order as `input.events`: whole details
   * (isWholeDetail), or, for a story read in `pages`, briefs.
   */
  details: EventBrief[]
  /** A long story read in pages (lib/content/story-pages.ts): where each event's section and whole detail are. */
  pages?: StoryPages
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
  /**
   * How many events it has, in words ("12 events"). Worked out where the model is made: the plural rules
   * and number format a browser would build for it (Intl) cost a phone tens of milliseconds while it hydrates.
   */
  eventCount: string
}

export interface StoryPages {
  /** The story's slug, which names its pages' addresses. */
  slug: string
  /** The page (from 1) each event's section is on, in the order of `input.events`. */
  of: number[]
  /**
   * Only the pages' files of details are read: the widget, which has no article to bring pages into and
   * whose marks select where they stand rather than lead to the story.
   */
  detailsOnly?: true
}

/** Whether a brief is a whole detail, or must be completed from its page's file (lib/content/event-details.ts). */
export const isWholeDetail = (d: EventBrief): d is EventDetail => 'paragraphs' in d

/** The events' ids in time order: the order arrows, buttons and the prose watch go through. */
export function eventIds(model: Pick<ViewerModel, 'input'>): string[] {
  return model.input.events.map((e) => e.id)
}

/**
 * Where the marks of events on other pages of a long story link, by event id: their section on its
 * page (the drawings are on the first). Marks of any other event link to their anchor here.
 */
export function eventHrefs(model: Pick<ViewerModel, 'input' | 'pages'>): Record<string, string> {
  const hrefs: Record<string, string> = {}
  const pages = model.pages
  if (pages && !pages.detailsOnly)
    model.input.events.forEach((e, i) => {
      const page = pages.of[i] ?? 1
      if (page !== 1) hrefs[e.id] = eventHref(pages.slug, 1, page, e.id)
    })
  return hrefs
}

/** Each quote's whole words, by id, for its callout's title. */
export function quoteTexts(model: Pick<ViewerModel, 'input'>): Record<string, string> {
  return Object.fromEntries(model.input.quotes.map((q) => [q.id, q.text]))
}
