/** A frontmatter day (YYYY-MM-DD) as a <time>, written out in the story's language. */
export function DayTime({ day, locale }: { day: string; locale: string }) {
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
  return <time dateTime={day}>{text}</time>
}
