/**
 * Addresses of what the site publishes for a story, on the origin given (always `siteUrl()` in routes).
 * Feeds, calendars and the API all link through these, so they agree on every URL.
 */

/** The story's page. */
export const storyUrl = (origin: string, slug: string) => `${origin}/timelines/${slug}`
/** An event on its story page (the page gives each event its id as an anchor). */
export const eventUrl = (origin: string, slug: string, eventId: string) => `${storyUrl(origin, slug)}#${eventId}`
/** The story's events as iCalendar (docs/api.md). */
export const calendarUrl = (origin: string, slug: string) => `${origin}/calendars/${slug}.ics`
/** The story's data in the JSON API, version 1 (docs/api.md). */
export const dataUrl = (origin: string, slug: string) => `${origin}/api/v1/timelines/${slug}.json`
/** The story's oEmbed answer as a file (oembed.com §2.3 at its default size): what the page's discovery link names, served by a static export too. */
export const oembedUrl = (origin: string, slug: string) => `${origin}/oembed/${slug}.json`
/** What the widget is drawn from, for a static export's widget to apply its URL's options in the browser (lib/embed/widget-model.ts). */
export const widgetSourcePath = (slug: string) => `/embed/${slug}/source.json`
