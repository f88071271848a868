/**
 * A story's events as an iCalendar file (RFC 5545), written by `ical-generator`. Dates keep the precision
 * they were written with: a day, month or year is an all-day event covering all of it (DTEND is the
 * exclusive next day, RFC 5545 §3.6.1); a time is a timed event in UTC. What a calendar cannot show
 * (approximate, uncertain, open-ended) is said in words in the DESCRIPTION.
 */
import ical, { type ICalEventData } from 'ical-generator'
import { publishedMs } from '../content/publicness'
import type { Timeline, TimelineEvent } from '../content/model'
import { siteMessagesFor } from '../i18n/site'
import type { Bound, TimeSpan } from '../time/types'
import { eventUrl, storyUrl } from '../urls'
import { lastChanged } from './feed'

/** iCalendar DATE and DATE-TIME values have four-digit years (RFC 5545 §3.3.4): 0001–9999 here. */
const FIRST_MS = new Date('0001-01-01T00:00:00Z').getTime()
const LAST_MS = new Date('9999-12-31T23:59:59.999Z').getTime()

/** Whether a calendar can hold this span at all (events before 1 CE or after 9999 are left out). */
function calendarCanHold(span: TimeSpan): boolean {
  return span.min >= FIRST_MS && span.max <= LAST_MS
}

const dated = (b: Bound) => (b.kind === 'date' ? b.date : undefined)

/** The words a calendar needs beside the dates, in the story's language: how sure the date is, and which end is not known. */
export function dateNotes(span: TimeSpan, language = 'en'): string[] {
  const t = siteMessagesFor(language).calendar
  const instants = [dated(span.start), dated(span.end)].filter((i) => i !== undefined)
  const notes: string[] = []
  if (instants.some((i) => i.approximate)) notes.push(t.approximate)
  if (instants.some((i) => i.uncertain)) notes.push(t.uncertain)
  if (instants.some((i) => i.unspecified)) notes.push(t.unspecified)
  if (span.start.kind === 'open') notes.push(t.openStart)
  if (span.start.kind === 'unknown') notes.push(t.startUnknown)
  if (span.end.kind === 'open') notes.push(t.ongoing)
  if (span.end.kind === 'unknown') notes.push(t.endUnknown)
  return notes
}

/** The VEVENT data for one event: all-day unless a known end was written with a time. */
function calendarEvent(e: TimelineEvent, slug: string, origin: string, host: string, language = 'en'): ICalEventData {
  const timed = [dated(e.span.start), dated(e.span.end)].some((i) => i?.precision === 'time')
  const notes = dateNotes(e.span, language)
  return {
    id: `${slug}/${e.id}@${host}`,
    summary: e.title,
    start: new Date(e.span.min),
    // Inclusive last millisecond + 1: the exclusive end RFC 5545 wants, the next day for all-day events.
    // A single moment has no DTEND: it then ends when it starts (RFC 5545 §3.6.1).
    end: timed && !e.span.interval ? null : new Date(e.span.max + 1),
    allDay: !timed,
    url: eventUrl(origin, slug, e.id),
    description: [notes.join('. ') + (notes.length ? '.' : ''), e.text, `EDTF: ${e.span.edtf}`].filter(Boolean).join('\n\n'),
    categories: e.tags.map((name) => ({ name })),
    ...(e.place ? { location: e.place } : {}),
  }
}

/** Octets of one code point in UTF-8; a lone surrogate is written as U+FFFD, three octets, as TextEncoder does. */
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

/**
 * Content lines folded after 74 octets, continued on a line that starts with a space (RFC 5545 §3.1): what
 * ical-generator's own folding writes, octet for octet. Its version asks a new TextEncoder for the length of every
 * character, which was a tenth of a second a calendar, and a build writes one calendar per story.
 */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      let folded = ''
      let octets = 0
      for (const ch of line) {
        const size = utf8Length(ch.codePointAt(0)!)
        octets += size
        if (octets > 74) {
          folded += '\r\n '
          octets = size
        }
        folded += ch
      }
      return folded
    })
    .join('\r\n')
}

const END = 'END:VCALENDAR'

/** `/calendars/<slug>.ics`: one VEVENT per event a calendar can hold, stamped with the story's last change. */
export function buildCalendar(t: Timeline, origin: string): string {
  const host = new URL(origin).host
  const stamp = new Date(publishedMs(lastChanged(t)))
  const calendar = ical({ name: t.meta.title, description: t.meta.summary, url: storyUrl(origin, t.slug), prodId: { company: 'Dateline', product: 'timelines', language: 'EN' } })
  // The calendar's own lines as ical-generator writes them (folded), then the events', each written by ical-generator
  // and folded here (see foldLines): folding works line by line, so the pieces join into the same file.
  const head = calendar.toString()
  if (!head.endsWith(END)) throw new Error(`ical-generator no longer ends a calendar with ${END}`)
  const events: string[] = []
  for (const e of t.events) if (calendarCanHold(e.span)) events.push(calendar.createEvent({ ...calendarEvent(e, t.slug, origin, host, t.meta.language), stamp }).toString())
  return head.slice(0, -END.length) + foldLines(events.join('')) + END
}
