import { parseDate } from '../time/parse'
import { EMBED_OPTION_NAMES } from './option-names'

/**
 * Options of an embedded timeline, read from its URL (`/embed/slug?theme=dark&start=…`).
 * Every value is validated here, once; a missing, unknown or invalid value falls back to
 * its default and is reported in `ignored`, never echoed into the page as given.
 */
export interface EmbedOptions {
  theme: 'light' | 'dark' | 'auto'
  /** Event id selected and in view on load. */
  start?: string
  /** Initial window, as EDTF text already validated (UTC ms bounds beside it). */
  from?: { edtf: string; min: number }
  to?: { edtf: string; max: number }
  /** Show only events with one of these tags. Empty: all. */
  tags: string[]
  quotes: boolean
  header: boolean
  /** BCP 47 language for the widget's interface and dates. */
  lang?: string
  /** Let a selection inside the frame update the host page's hash. */
  hostHash: boolean
}

export const EMBED_DEFAULTS: EmbedOptions = { theme: 'auto', tags: [], quotes: true, header: true, hostHash: false }

const MAX_LENGTH = 200
const ID = /^[a-z0-9][a-z0-9-]{0,127}$/
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u

/** A flag's accepted spellings. Not a zod schema: this parser also runs in the widget (a static export's), where zod would weigh 450 KB. */
const FLAGS: Readonly<Record<string, boolean>> = { '0': false, '1': true, true: true, false: false }

export interface ParsedEmbedOptions {
  options: EmbedOptions
  /** Parameters that were present but not used, with why; for the snippet generator and tests, never for the page. */
  ignored: { name: string; reason: string }[]
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>

function read(params: Params, name: string): string | undefined {
  const raw = params instanceof URLSearchParams ? params.get(name) ?? undefined : params[name]
  const value = Array.isArray(raw) ? raw[0] : raw
  return value === undefined ? undefined : value.trim()
}

const KNOWN: readonly string[] = EMBED_OPTION_NAMES

/** Parses and validates embed options; `knownIds` and `knownTags` (from the timeline) bound `start` and `tags`. */
export function parseEmbedOptions(params: Params, knownIds?: readonly string[], knownTags?: readonly string[]): ParsedEmbedOptions {
  const options: EmbedOptions = { ...EMBED_DEFAULTS, tags: [] }
  const ignored: ParsedEmbedOptions['ignored'] = []
  const names = params instanceof URLSearchParams ? [...params.keys()] : Object.keys(params)
  for (const name of names) if (!KNOWN.includes(name.toLowerCase())) ignored.push({ name: name.slice(0, 40), reason: 'unknown parameter' })

  const get = (name: string) => {
    const v = read(params, name)
    if (v === undefined || v === '') return undefined
    if (v.length > MAX_LENGTH) {
      ignored.push({ name, reason: `longer than ${MAX_LENGTH} characters` })
      return undefined
    }
    return v
  }

  const theme = get('theme')
  if (theme !== undefined) {
    if (theme === 'light' || theme === 'dark' || theme === 'auto') options.theme = theme
    else ignored.push({ name: 'theme', reason: 'expected light, dark or auto' })
  }

  const start = get('start')
  if (start !== undefined) {
    if (ID.test(start) && (!knownIds || knownIds.includes(start))) options.start = start
    else ignored.push({ name: 'start', reason: 'not an event id of this timeline' })
  }

  for (const side of ['from', 'to'] as const) {
    const text = get(side)
    if (text === undefined) continue
    const r = parseDate(text)
    if (!r.ok || r.value.interval) {
      ignored.push({ name: side, reason: 'expected a single EDTF date' })
      continue
    }
    if (side === 'from') options.from = { edtf: r.value.edtf, min: r.value.min }
    else options.to = { edtf: r.value.edtf, max: r.value.max }
  }
  if (options.from && options.to && options.to.max < options.from.min) {
    ignored.push({ name: 'to', reason: 'before from' })
    delete options.to
  }

  const tags = get('tags')
  if (tags !== undefined) {
    for (const tag of tags.split(',').map((t) => t.trim()).filter(Boolean)) {
      if (TAG.test(tag) && (!knownTags || knownTags.includes(tag))) options.tags.push(tag)
      else ignored.push({ name: 'tags', reason: 'not a tag of this timeline' })
    }
  }

  for (const [name, key] of [
    ['quotes', 'quotes'],
    ['header', 'header'],
    ['hosthash', 'hostHash'],
  ] as const) {
    const v = get(name)
    if (v === undefined) continue
    const value = Object.hasOwn(FLAGS, v) ? FLAGS[v] : undefined
    if (value !== undefined) options[key] = value
    else ignored.push({ name, reason: 'expected 0 or 1' })
  }

  const lang = get('lang')
  if (lang !== undefined) {
    try {
      const [canonical] = Intl.getCanonicalLocales(lang)
      if (canonical) options.lang = canonical
    } catch {
      ignored.push({ name: 'lang', reason: 'expected a BCP 47 language tag' })
    }
  }

  return { options, ignored }
}

/** The query string for options that differ from the defaults, in a stable order (for snippets and links). */
export function serializeEmbedOptions(options: EmbedOptions): string {
  const p = new URLSearchParams()
  if (options.theme !== EMBED_DEFAULTS.theme) p.set('theme', options.theme)
  if (options.start) p.set('start', options.start)
  if (options.from) p.set('from', options.from.edtf)
  if (options.to) p.set('to', options.to.edtf)
  if (options.tags.length) p.set('tags', options.tags.join(','))
  if (!options.quotes) p.set('quotes', '0')
  if (!options.header) p.set('header', '0')
  if (options.lang) p.set('lang', options.lang)
  if (options.hostHash) p.set('hosthash', '1')
  return p.toString()
}
