import { useEffect, useMemo, useState } from 'react'
import type { EventBrief, EventDetail } from '@/lib/content/event-details'
import { shownDetail } from '@/lib/interaction/detail'
import { storyDetailsPath } from '@/lib/content/story-pages'
import { isWholeDetail, type ViewerModel } from '@/lib/interaction/model'
import { detailsFile } from './details-file'

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
  return brief ? shownDetail(brief, fetched.get(brief.id), words) : undefined
}
