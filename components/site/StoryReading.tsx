import { MdxArticle } from '@/components/mdx/MdxArticle'
import type { Timeline } from '@/lib/content/model'
import type { SeriesLinks, SeriesMember } from '@/lib/content/series'
import type { Messages } from '@/lib/i18n/messages/en'
import { Corrections, SeriesNav } from './StoryEnd'
import { EventList, LaterPages } from './StoryPages'

/**
 * What a reader reads below the timeline: the events in order and the article, page `page`'s stretch of
 * each (lib/content/story-pages.ts). The story pages render them once, as markup React never hydrates
 * (reading-parts.server.tsx): nothing in them changes in the browser but what story-watch.ts and the
 * pager add to the DOM.
 */
export interface ReadingProps {
  timeline: Timeline
  page: number
  t: Messages['story']
  /** On the story's first page, what ends the story: its series neighbours (credits and corrections come with them). */
  series?: SeriesLinks<SeriesMember>
}

/** Inside "Events in order": the heading, page `page`'s stretch of the list, and the links to the later stretches. */
function EventsInOrder({ timeline, page, t }: ReadingProps) {
  return (
    <>
      <h2 id="events-heading" className="section-heading">
        {t.eventsInOrder}
      </h2>
      {/* A long story's list and article are its first page's stretch; the rest come in as the reader nears them (lib/content/story-pages.ts). */}
      <EventList timeline={timeline} page={page} />
      <LaterPages timeline={timeline} page={page} part="list" t={t} />
    </>
  )
}

/** Inside the article's column: the heading, page `page`'s part of the prose, the links to the later parts, and on the first page the story's end. */
function StoryProse({ timeline, page, t, series }: ReadingProps) {
  const { meta } = timeline
  return (
    <>
      <h2 className="section-heading">{t.theStory}</h2>
      <MdxArticle timeline={timeline} page={page} />
      <LaterPages timeline={timeline} page={page} part="article" t={t} />
      {series ? (
        <>
          {meta.credits.length ? (
            <footer className="story-credits">
              <h2 className="sr-only">{t.credits}</h2>
              <ul>
                {meta.credits.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </footer>
          ) : null}
          <Corrections corrections={meta.corrections} locale={meta.language} t={t} />
          <SeriesNav links={series} locale={meta.language} t={t} />
        </>
      ) : null}
    </>
  )
}

/** The parts by name, for the renderer that makes their markup (render-reading.tsx) and for `next dev`. */
export const READING_PARTS = { events: EventsInOrder, prose: StoryProse }
export type ReadingPart = keyof typeof READING_PARTS
