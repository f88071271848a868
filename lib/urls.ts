import { slugInUrl } from './content/slug'

/**
 * Addresses of what the site publishes for a story, on the origin given (always `siteUrl()` in routes).
 * Feeds, calendars and the API all link through these, so they agree on every URL. Slugs and ids
 * in any script are percent-encoded here (`/timelines/%D0%BE…`), as feeds, sitemaps and HTTP headers need.
 */

/** The story's page, from the site's root. */
export const storyPath = (slug: string) => `/timelines/${slugInUrl(slug)}`
/** The story's widget, from the site's root. */
export const widgetPath = (slug: string) => `/embed/${slugInUrl(slug)}`

/** The story's page. */
export const storyUrl = (origin: string, slug: string) => `${origin}${storyPath(slug)}`
/** An event on its story page (the page gives each event its id as an anchor). */
export const eventUrl = (origin: string, slug: string, eventId: string) => `${storyUrl(origin, slug)}#${slugInUrl(eventId)}`
/** The story's events as iCalendar (docs/api.md). */
export const calendarUrl = (origin: string, slug: string) => `${origin}/calendars/${slugInUrl(slug)}.ics`
/** The story's data in the JSON API, version 1 (docs/api.md). */
export const dataUrl = (origin: string, slug: string) => `${origin}/api/v1/timelines/${slugInUrl(slug)}.json`
/** The story's oEmbed answer as a file (oembed.com §2.3 at its default size): what the page's discovery link names, served by a static export too. */
export const oembedUrl = (origin: string, slug: string) => `${origin}/oembed/${slugInUrl(slug)}.json`
/** What the widget is drawn from, for a static export's widget to apply its URL's options in the browser (lib/embed/widget-model.ts). */
export const widgetSourcePath = (slug: string) => `${widgetPath(slug)}/source.json`
