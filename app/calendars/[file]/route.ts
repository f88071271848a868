import { getPublicTimeline, listPublicSlugs } from '@/lib/content/published.server'
import { buildCalendar } from '@/lib/feeds/calendar'
import { fileParams, notFound, slugOfFile, typed } from '@/lib/feeds/responses'
import { siteUrl } from '@/lib/site'

/** `/calendars/<slug>.ics`: a story's events as iCalendar, one file per published story, written at build time. */
export const dynamic = 'force-static'
export const dynamicParams = false

export async function generateStaticParams() {
  return fileParams(await listPublicSlugs(), 'ics')
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = slugOfFile((await params).file, 'ics')
  const timeline = slug ? await getPublicTimeline(slug) : null
  if (!timeline) return notFound('calendar')
  return typed(buildCalendar(timeline, siteUrl()), 'text/calendar')
}
