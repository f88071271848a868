import { showSection, onStoryGrown } from '@/components/site/story-more'
import { eventIds, type ViewerModel } from '@/lib/interaction/model'
import { locatedQuote, pageToBringIn, scrolledPast } from '@/lib/interaction/story-page'
import type { ViewerHandle } from './dom-viewer'
import { watchProse } from './prose-watch'
import { hashId } from './select-event'
import type { Orientation } from './viewer-zoom'

/**
 * What the story page adds to its viewer (dom-viewer.ts), which the widget has no use for: the event
 * whose section of the article is being read, marked on the drawings and the strip (prose-watch.ts,
 * watched anew as a long story's later pages come in); the strip shown once the timeline has scrolled
 * away above; "Show on the timeline" under the article's quotes; a link to an event of a long story
 * whose section is on a later page, which brings that page in. The decisions are
 * lib/interaction/story-page.ts's. Returns the way to stop.
 */
export function watchStory(root: HTMLElement, model: ViewerModel, viewer: ViewerHandle): () => void {
  const { store } = viewer
  const ids = eventIds(model)

  // Prose in sync. Marking a section touches two marks (paint.ts), so it keeps up with a fast scroll.
  let unwatch = watchProse(ids, (id) => store.set({ currentId: id }))
  const ungrown = onStoryGrown(() => {
    unwatch()
    unwatch = watchProse(ids, (id) => store.set({ currentId: id }))
  })

  const past = typeof IntersectionObserver === 'undefined' ? undefined : new IntersectionObserver(([entry]) => store.set({ stripShown: scrolledPast(entry && { isIntersecting: entry.isIntersecting, top: entry.boundingClientRect.top }) }))
  past?.observe(root)

  // "Show on the timeline": the quote's callout opened, its event selected, the timeline brought into view with the mark focused.
  const locate = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.<HTMLElement>('[data-locate-quote]')
    const found = link?.dataset.locateQuote ? locatedQuote(model.input.quotes, link.dataset.locateQuote) : undefined
    if (!found) return
    event.preventDefault()
    store.set({ pinned: found.pinned })
    const drawing = [...root.querySelectorAll<HTMLElement>('.tl-drawings [data-orientation]')].find((d) => d.offsetParent !== null)
    drawing?.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' })
    if (found.select) viewer.select(found.select, (drawing?.dataset.orientation as Orientation | undefined) ?? 'horizontal')
  }
  document.addEventListener('click', locate)

  // A link to an event of a long story on a later page (a deep link, a detail's "Read it in the story"): the
  // timeline selects it as any other; its page is brought in and its section shown; failing that, its page opens.
  const arrive = () => {
    const id = hashId()
    const target = pageToBringIn(model, id, (id) => document.getElementById(id) !== null)
    if (!target || id === undefined) return
    void showSection(id, target.page).then((shown) => {
      // A whole page load, as the link would have been without JavaScript: the page is static.
      if (!shown && hashId() === id) window.location.assign(target.href)
    })
  }
  arrive()
  window.addEventListener('hashchange', arrive)

  return () => {
    unwatch()
    ungrown()
    past?.disconnect()
    document.removeEventListener('click', locate)
    window.removeEventListener('hashchange', arrive)
  }
}
