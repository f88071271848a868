import type { EventBrief, EventDetail } from '../content/event-details'
import { isWholeDetail } from './model'

/**
 * What the detail view shows of an event. A long story's model holds briefs only: the view opens
 * at once with what the brief and the quotes' words (`words`, by quote id) say, and its text,
 * picture and sources follow from the file of the event's page (`whole`, once fetched). The file is
 * in the story's language, the brief in the viewer's (a widget's `lang`): the brief's words and
 * dates stay over the file's.
 */
export function shownDetail(brief: EventBrief, whole: EventDetail | undefined, words: ReadonlyMap<string, string>): EventDetail {
  if (isWholeDetail(brief)) return brief
  if (whole) return { ...whole, ...brief, quotes: whole.quotes.map((q) => ({ ...q, ...brief.quotes.find((b) => b.id === q.id) })) }
  return { ...brief, paragraphs: [], sources: [], quotes: brief.quotes.map((q) => ({ ...q, text: words.get(q.id) ?? '' })) }
}
