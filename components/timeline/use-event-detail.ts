import { useEffect, useMemo, useState } from 'react'
import type { EventBrief, EventDetail } from '@/lib/content/event-details'
import { storyDetailsPath } from '@/lib/content/story-pages'
import { isWholeDetail, type ViewerModel } from '@/lib/interaction/model'

/** Each page's file, fetched once a page load however many details open from it. */
const files = new Map<string, Promise<EventDetail[]>>()

function detailsFile(path: string): Promise<EventDetail[]> {
  let file = files.get(path)
  if (!file) {
    file = fetch(path)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : []))
      .then((v) => (Array.isArray(v) ? (v as EventDetail[]) : []))
      .catch(() => [])
    files.set(path, file)
  }
  return file
}

/**
 * The whole detail of an event, for the detail view. A long story's model holds briefs only: the
 * view opens at once with what the brief and the quotes' words say, and its text, picture and
 * sources follow from the file of the event's page (lib/content/story-pages.ts). Should the file
 * not come, the view keeps what it has, and its link to the story still leads to the whole event.
 */
export function useEventDetail(model: Pick<ViewerModel, 'input' | 'pages'>, brief: EventBrief | undefined): EventDetail | undefined {
  const [fetched, setFetched] = useState<ReadonlyMap<string, EventDetail>>(new Map())
  const order = useMemo(() => new Map(model.input.events.map((e, i) => [e.id, i])), [model.input.events])
  const words = useMemo(() => new Map(model.input.quotes.map((q) => [q.id, q.text])), [model.input.quotes])
  const pages = model.pages
  const wanted = brief && !isWholeDetail(brief) && !fetched.has(brief.id) ? brief.id : undefined
  useEffect(() => {
    if (!wanted || !pages) return
    let live = true
    void detailsFile(storyDetailsPath(pages.slug, pages.of[order.get(wanted) ?? -1] ?? 1)).then((details) => {
      const found = details.find((d) => d.id === wanted)
      if (live && found) setFetched((had) => new Map(had).set(found.id, found))
    })
    return () => {
      live = false
    }
  }, [wanted, pages, order])
  if (!brief) return undefined
  if (isWholeDetail(brief)) return brief
  const whole = fetched.get(brief.id)
  // The file is in the story's language; the brief, in the viewer's (a widget's `lang`): its dates stay.
  if (whole) return { ...whole, ...brief, quotes: whole.quotes.map((q) => ({ ...q, ...brief.quotes.find((b) => b.id === q.id) })) }
  return { ...brief, paragraphs: [], sources: [], quotes: brief.quotes.map((q) => ({ ...q, text: words.get(q.id) ?? '' })) }
}
