import { useEffect } from 'react'
import { storyPagePath } from '@/lib/content/story-pages'
import type { ViewerModel } from '@/lib/interaction/model'
import { showSection } from '@/components/site/story-more'
import { hashId } from './select-event'

/**
 * A link to an event of a long story whose section is on a later page (a deep link, a detail's "Read
 * it in the story"): the timeline selects it as any other; its page is brought in and its section
 * shown, as the browser would show one already here; failing that, its own page is opened.
 */
export function usePagedArrival(model: Pick<ViewerModel, 'input' | 'pages'>) {
  const { pages, input } = model
  useEffect(() => {
    if (!pages || pages.detailsOnly) return
    const pageOf = new Map(input.events.map((e, i) => [e.id, pages.of[i] ?? 1]))
    const arrive = () => {
      const id = hashId()
      const page = id === undefined ? undefined : pageOf.get(id)
      if (id === undefined || page === undefined || document.getElementById(id)) return
      void showSection(id, page).then((shown) => {
        // A whole page load, as the link would have been without JavaScript: the widget has no router, and the page is static.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        if (!shown && hashId() === id) window.location.assign(`${storyPagePath(pages.slug, page)}#${id}`)
      })
    }
    arrive()
    window.addEventListener('hashchange', arrive)
    return () => window.removeEventListener('hashchange', arrive)
  }, [pages, input.events])
}
