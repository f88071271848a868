import type { Messages } from './messages/en'

/**
 * The words of the timeline viewer and its marks, with the locale that writes its numbers: plain data,
 * handed from the server (story page) or the widget's JSON to the browser. Only this part of a
 * language travels there, never the other languages.
 */
export interface ViewerMessages {
  locale: string
  counts: Messages['counts']
  timeline: Messages['timeline']
}

/** The viewer's words out of a language's messages. */
export const viewerMessages = (messages: Messages, locale: string): ViewerMessages => ({ locale, counts: messages.counts, timeline: messages.timeline })
