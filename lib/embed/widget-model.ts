import type { Timeline } from '../content/model'
import { briefOf, eventDetails } from '../content/event-details'
import { pageCount, pageOfIndex } from '../content/story-pages'
import type { EmbedOptions } from './options'
import type { ViewFrames } from './view-query'
import { directionOf, messagesFor, type Messages } from '../i18n'
import { viewerModel } from '../interaction/view-model'
import type { ViewerModel } from '../interaction/model'

/**
 * Everything the widget renders, as plain serialisable data: the server renders it to HTML and
 * the browser hydrates the same component from the same object (sent as JSON in the page).
 */
export interface WidgetModel {
  slug: string
  title: string
  /** The story's language, for its own words (title, event titles). */
  language: string
  /** The language of the widget's words and dates: its `lang` option, else the story's; and its direction. */
  lang: string
  dir: 'ltr' | 'rtl'
  /** The header's words in `lang`. */
  words: Messages['widget']
  /** Absolute address of the full story; the header link and "Read it in the story" open it. */
  storyUrl: string
  header: boolean
  /** Selected on load (and scrolled into view); already checked to be one of `viewer.details`. */
  start?: string
  /** Selections are posted to the host page, and the host's hash is honoured. */
  hostHash: boolean
  /**
   * True in a static export: this markup was rendered with the default options for every query string, so the
   * browser applies the frame URL's options itself (components/embed/browser-options.ts). The Node server
   * renders each query's options and leaves it out.
   */
  optionsInBrowser?: true
  /**
   * Set by the Node server only: where the widget asks for its zoomed views, laid out there (lib/embed/served-views.ts),
   * and what its gestures need to know of each drawing. Without it (a static export) the browser lays them out.
   */
  views?: { path: string; frames: ViewFrames }
  /** The viewer's model, built as the story page builds its own (lib/interaction/view-model.ts). */
  viewer: ViewerModel
}

/** What the widget is drawn from: the story's events and quotes, without its article. Plain JSON, so a static
 * export can serve it (`/embed/<slug>/source.json`) for the browser to apply the frame's options to. */
export type WidgetSource = Pick<Timeline, 'slug' | 'events' | 'quotes'> & { meta: Pick<Timeline['meta'], 'title' | 'language' | 'timezone'> }

/** The widget's source of a timeline: only what widgetModel reads. */
export function widgetSource(timeline: WidgetSource): WidgetSource {
  return { slug: timeline.slug, meta: { title: timeline.meta.title, language: timeline.meta.language, ...(timeline.meta.timezone ? { timezone: timeline.meta.timezone } : {}) }, events: timeline.events, quotes: timeline.quotes }
}

/**
 * The widget for one timeline under validated options. `from`/`to` keep the events that overlap the
 * window (and their quotes); a window that would leave nothing is not applied, so a widget is never empty.
 */
export function widgetModel(timeline: WidgetSource, options: EmbedOptions, storyUrl: string): WidgetModel {
  // The `lang` option overrides the story's language for the widget's own words and dates (docs/embedding.md).
  const locale = options.lang ?? timeline.meta.language
  const messages = messagesFor(locale)
  const dir = directionOf(locale)
  const lo = options.from?.min ?? -Infinity
  const hi = options.to?.max ?? Infinity
  const inWindow = timeline.events.filter((e) => e.span.max >= lo && e.span.min <= hi)
  const shown = inWindow.length > 0 ? inWindow : timeline.events
  const kept = new Set(shown.map((e) => e.id))
  const windowed = shown !== timeline.events
  const quotes = !options.quotes ? [] : timeline.quotes.filter((q) => (q.eventId !== undefined ? kept.has(q.eventId) : !windowed || (q.span.max >= lo && q.span.min <= hi)))

  // Details (dates written out in the widget's language) for the events shown, in time order. A long story's
  // widget carries their briefs, as its story page does, and fetches a page's file of details when one opens.
  const whole = eventDetails({ ...timeline, meta: { ...timeline.meta, language: locale } }).filter((d) => kept.has(d.id))
  const count = timeline.events.length
  const paged = pageCount(count) > 1
  const details = paged ? whole.map(briefOf) : whole

  return {
    slug: timeline.slug,
    title: timeline.meta.title,
    language: timeline.meta.language,
    lang: locale,
    dir,
    words: messages.widget,
    storyUrl,
    header: options.header,
    ...(options.start && kept.has(options.start) ? { start: options.start } : {}),
    hostHash: options.hostHash,
    // The same drawings as the story page's, of the events and quotes shown; time runs the way the widget reads.
    viewer: viewerModel({
      slug: timeline.slug,
      title: timeline.meta.title,
      locale,
      messages,
      timezone: timeline.meta.timezone,
      events: shown,
      quotes,
      details,
      ...(paged ? { pages: { slug: timeline.slug, of: shown.map((e) => pageOfIndex(e.index, count)), detailsOnly: true as const } } : {}),
      // Colours are the story's, whatever window of it is shown.
      tagsOf: timeline.events.map((e) => e.tags),
      initialHidden: (tags) => (options.tags.length ? tags.map((t) => t.tag).filter((t) => !options.tags.includes(t)) : []),
      storyHref: storyUrl,
      // A widget shows its start event where it stands in the whole story; zoom loads only when the reader reaches for it.
      zoomOnArrival: false,
    }),
  }
}
