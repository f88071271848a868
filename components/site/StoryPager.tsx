'use client'

import { useEffect } from 'react'
import { decodedSegment } from '@/lib/content/slug'
import { loadStoryPage, onStoryGrown, placeholderPage } from './story-more'

/** How near the screen (in screen heights) a later page's placeholder is when its page is fetched: early enough to be there when reached. */
const AHEAD = '150%'

/** The page a link names, if it is one of this story's pages with an anchor: `/timelines/<slug>` is page 1, `…/page/<n>` page n. */
function pageLink(a: HTMLAnchorElement, storyPath: string): { page: number; id: string } | undefined {
  const id = a.origin === window.location.origin ? decodedSegment(a.hash.slice(1)) : undefined
  if (!id) return undefined
  if (a.pathname === storyPath) return { page: 1, id }
  const m = a.pathname.startsWith(`${storyPath}/page/`) ? /^([1-9][0-9]*)$/.exec(a.pathname.slice(storyPath.length + 6)) : null
  return m ? { page: Number(m[1]), id } : undefined
}

/** Follows an anchor on this page: the hash changes (the timeline selects the event) and its section comes into view. */
function goTo(id: string) {
  if (decodedSegment(window.location.hash.slice(1)) === id) document.getElementById(id)?.scrollIntoView()
  else window.location.hash = id
}

/**
 * A long story's later pages, brought into this one as the reader nears them: the first placeholder
 * left of the list and of the article is watched, and its page fetched as it comes near the screen.
 * A placeholder's link brings its page in; a link to an event on a page this one can bring in (the
 * list's, another page's article's) shows it here rather than leaving. Renders nothing; without JavaScript the placeholders are links.
 */
export function StoryPager({ storyPath }: { storyPath: string }) {
  useEffect(() => {
    const watch = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) void loadStoryPage(placeholderPage(entry.target as HTMLElement))
      },
      { rootMargin: `${AHEAD} 0px` },
    )
    const watchNext = () => {
      watch.disconnect()
      for (const part of ['list', 'article']) {
        const next = document.querySelector(`[data-story-more="${part}"]`)
        if (next) watch.observe(next)
      }
    }
    watchNext()
    const stop = onStoryGrown(watchNext)
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const a = (event.target as Element | null)?.closest?.('a')
      const holder = a?.closest<HTMLElement>('[data-story-more]')
      if (a && holder) {
        // A placeholder's link: its page comes in here, and the focus goes to the first link of what came.
        event.preventDefault()
        const part = holder.dataset.storyMore
        const n = placeholderPage(holder)
        void loadStoryPage(n).then((loaded) => {
          if (!loaded) window.location.href = a.href
          else document.querySelector<HTMLElement>(`[data-story-part="${part}"][data-page="${n}"] a`)?.focus()
        })
        return
      }
      const target = a ? pageLink(a, storyPath) : undefined
      if (!a || !target || a.pathname === window.location.pathname) return
      // An event on this page already (brought in from its own), or on a page this one can bring in: no need to leave.
      const here = document.getElementById(target.id) !== null
      if (!here && !document.querySelector(`[data-story-more][data-page="${target.page}"]`)) return
      event.preventDefault()
      void loadStoryPage(target.page).then(() => goTo(target.id))
    }
    document.addEventListener('click', onClick)
    return () => {
      watch.disconnect()
      stop()
      document.removeEventListener('click', onClick)
    }
  }, [storyPath])
  return null
}
