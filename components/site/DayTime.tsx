import { formatDay } from '@/lib/time/format'

/** A frontmatter day (YYYY-MM-DD) or date-time as a <time>, written out in the story's language. */
export function DayTime({ day, locale }: { day: string; locale: string }) {
  return <time dateTime={day}>{formatDay(day, locale)}</time>
}
