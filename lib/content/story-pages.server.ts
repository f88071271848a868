import { storiesToRender } from '../export/render-only.server'
import { eventDetails, type EventDetail } from './event-details'
import { getPublicTimeline } from './published.server'
import { slugFromSegment } from './slug'
import { pageCount, pageOfIndex } from './story-pages'

/** Each story the build renders that is read in pages, with its number of pages: what the routes of its later pages and detail files are made for. */
export async function pagedStories(): Promise<{ slug: string; pages: number }[]> {
  const stories = await Promise.all(
    (await storiesToRender()).map(async (slug) => {
      const timeline = await getPublicTimeline(slug)
      return { slug, pages: timeline ? pageCount(timeline.events.length) : 1 }
    }),
  )
  return stories.filter((s) => s.pages > 1)
}

/** The whole details of the events on page `page` of a public story read in pages, in time order; null for any other story or page. */
export async function pageDetails(param: string, page: number): Promise<EventDetail[] | null> {
  const slug = slugFromSegment(param)
  const timeline = slug === undefined ? null : await getPublicTimeline(slug)
  if (!timeline) return null
  const count = timeline.events.length
  if (pageCount(count) === 1 || page < 1 || page > pageCount(count)) return null
  const onPage = new Set(timeline.events.filter((e) => pageOfIndex(e.index, count) === page).map((e) => e.id))
  return eventDetails(timeline).filter((d) => onPage.has(d.id))
}
