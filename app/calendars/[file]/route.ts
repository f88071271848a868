import { buildCalendar } from '@/lib/feeds/calendar'
import { notFound, typed } from '@/lib/feeds/responses'
import { publicStoryFiles, publicStoryOfFile } from '@/lib/feeds/story-files.server'
import { siteUrl } from '@/lib/site'

/** `/calendars/<slug>.ics`: a story's events as iCalendar, one file per published story, written at build time. */
export const dynamic = 'force-static'
export const dynamicParams = false

export async function generateStaticParams() {
  return publicStoryFiles('ics')
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const story = await publicStoryOfFile((await params).file, 'ics')
  if (!story) return notFound('calendar')
  return typed(buildCalendar(story.timeline, siteUrl()), 'text/calendar')
}
