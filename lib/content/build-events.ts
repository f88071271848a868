/**
 * The events step of building a timeline: each `<Event>` validated, its date
 * and end parsed once each, its id made unique, its image checked, and the
 * `<Source>`s inside it attached.
 */
import { spanTo } from '../time/parse'
import type { TimeSpan } from '../time/types'
import type { BuildInput } from './build-timeline'
import type { Collected, RawElement, RawProp } from './collect'
import { dateProp, quoteFound, validateProps, type Report } from './element-props'
import type { EventImage, EventSource, TimelineEvent } from './model'
import { eventPropSchemas, IMAGE_COMPANION_PROPS, REQUIRED_EVENT_PROPS, REQUIRED_SOURCE_PROPS, sourcePropSchemas, splitList } from './schema'
import { ID_PATTERN, slugify } from './slug'

/** An event's span from its `date` and optional `end`; `date` and `end` are each parsed once, and each error located in its own value. */
function eventSpan(values: Record<string, string>, places: Record<string, RawProp>, at: Report): TimeSpan | undefined {
  if (values.date === undefined || !places.date) return undefined
  const start = dateProp(places.date, values.date, 'invalid `date`', at)
  if (!start || values.end === undefined || !places.end) return start
  const end = values.end === '..' ? 'open' : dateProp(places.end, values.end, 'invalid `end`', at)
  if (end === undefined) return undefined
  const r = spanTo(start, values.date, end, values.end)
  if (r.ok) return r.value
  at(places.end.valueLine, places.end.valueColumn, {
    message: r.error.message,
    prop: 'end',
    found: quoteFound(values.end),
    expected: r.error.expected,
    ...(r.error.hint ? { hint: r.error.hint } : {}),
  })
  return undefined
}

/** `image` needs `alt` (WCAG 1.1.1) and `credit` (the photographer's right to be named); the two mean nothing without it. */
function eventImage(el: RawElement, values: Record<string, string>, places: Record<string, RawProp>, at: Report, publicFileExists: BuildInput['publicFileExists']): EventImage | undefined {
  if (values.image === undefined) {
    for (const name of IMAGE_COMPANION_PROPS) {
      const p = places[name]
      if (p) at(p.line, p.column, { message: `\`${name}\` without \`image\` on <Event>`, prop: name, expected: `image="…" beside ${name}, or no ${name}` })
    }
    return undefined
  }
  let complete = true
  for (const name of IMAGE_COMPANION_PROPS) {
    if (values[name] === undefined && !el.props.some((p) => p.name === name)) {
      complete = false
      at(el.line, el.column, {
        message: `<Event> has an \`image\` but no \`${name}\``,
        prop: name,
        expected: name === 'alt' ? 'alt="what the image shows, for readers who cannot see it"' : 'credit="who made the image, e.g. Alex Brandon / AP"',
      })
    }
  }
  const src = values.image
  const place = places.image!
  if (src.startsWith('/') && publicFileExists && !publicFileExists(src)) {
    complete = false
    at(place.valueLine, place.valueColumn, {
      message: `image not found: public${src}`,
      prop: 'image',
      found: quoteFound(src),
      expected: 'a file under public/ (the path starts at public/, without it)',
    })
  }
  return complete && values.alt !== undefined && values.credit !== undefined ? { src, alt: values.alt, credit: values.credit } : undefined
}

/**
 * Builds the events the file's `<Event>`s describe. Events with problems are
 * reported and left out; their `<Source>`s are still validated.
 *
 * @returns the events in file order, and each by the index the collector gave its element
 */
export function buildEvents(collected: Collected, at: Report, publicFileExists: BuildInput['publicFileExists']): { events: TimelineEvent[]; eventByIndex: Map<number, TimelineEvent> } {
  const events: TimelineEvent[] = []
  const eventByIndex = new Map<number, TimelineEvent>()
  const seenIds = new Map<string, number>()
  for (const el of collected.events) {
    const { values, places } = validateProps(el, eventPropSchemas, REQUIRED_EVENT_PROPS, at)
    const span = eventSpan(values, places, at)
    const image = eventImage(el, values, places, at, publicFileExists)
    if (values.title === undefined || span === undefined) continue

    const explicitId = values.id
    let id = explicitId ?? defaultId(values.date!, values.title)
    const prior = seenIds.get(id)
    if (prior !== undefined) {
      if (explicitId) {
        const where = places.id!
        at(where.valueLine, where.valueColumn, {
          message: `duplicate id "${id}"`,
          prop: 'id',
          found: quoteFound(id),
          expected: 'an id used by no other event in this timeline',
          hint: `the event on line ${prior} already uses it`,
        })
        continue
      }
      // Two events with the same date and title: keep both, number the later one.
      let n = 2
      while (seenIds.has(`${id}-${n}`)) n++
      id = `${id}-${n}`
    }
    seenIds.set(id, el.line)
    const event: TimelineEvent = {
      id,
      index: el.index,
      title: values.title,
      span,
      tags: values.tags ? splitList(values.tags) : [],
      importance: (values.importance ? Number(values.importance) : 2) as 1 | 2 | 3,
      quoteIds: [],
      sources: [],
      text: el.text,
      ...(el.paragraphs?.length ? { paragraphs: el.paragraphs } : {}),
      line: el.line,
      ...(values.place ? { place: values.place } : {}),
      ...(image ? { image } : {}),
    }
    events.push(event)
    eventByIndex.set(el.index, event)
  }

  // Sources are validated even when their event is not, so a writer sees every mistake at once.
  for (const el of collected.sources) {
    const { values } = validateProps(el, sourcePropSchemas, REQUIRED_SOURCE_PROPS, at)
    const event = el.eventIndex !== undefined ? eventByIndex.get(el.eventIndex) : undefined
    if (values.outlet === undefined || !event) continue
    const source: EventSource = {
      outlet: values.outlet,
      line: el.line,
      ...(values.url ? { url: values.url } : {}),
      ...(values.published ? { published: values.published } : {}),
      ...(el.text ? { title: el.text } : {}),
    }
    event.sources.push(source)
  }
  return { events, eventByIndex }
}

/** `2022-02-24` + "Russia invades Ukraine" → `2022-02-24-russia-invades-ukraine`: readable, stable while the date and title are. */
export function defaultId(date: string, title: string): string {
  const words = slugify(title).split('-').filter(Boolean)
  let titlePart = ''
  for (const w of words) {
    if ((titlePart + '-' + w).length > 48) break
    titlePart = titlePart ? `${titlePart}-${w}` : w
  }
  // A leading minus (astronomical years before 1) must survive slugging, or BCE ids would collide with CE ones.
  const datePart = slugify(date.replace(/^-/, 'minus-'))
  const id = [datePart, titlePart].filter(Boolean).join('-')
  return ID_PATTERN.test(id) ? id : `event-${id}`
}
