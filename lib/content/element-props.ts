/**
 * The props of `<Event>`, `<Quote>` and `<Source>` as the collector found
 * them, checked against their schemas, with every problem located.
 */
import type { z } from 'zod'
import { parseDate } from '../time/parse'
import type { TimeSpan } from '../time/types'
import { INDEX_PROP, type RawElement, type RawProp } from './collect'
import type { ContentError } from './errors'
import { closest } from './suggest'

/** Records a problem at a line and column of the file being built. */
export type Report = (line: number, column: number, rest: Omit<ContentError, 'file' | 'line' | 'column'>) => void

/** A value as the writer wrote it, short enough for an error message. */
export function quoteFound(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/**
 * Checks an element's props against their schemas: unknown props (with the
 * closest known name), props without a value, invalid values and missing
 * required props are reported where they are written.
 *
 * @returns the valid values, and where each was written
 */
export function validateProps(el: RawElement, schemas: Record<string, z.ZodType>, required: readonly string[], at: Report): { values: Record<string, string>; places: Record<string, RawProp> } {
  const values: Record<string, string> = {}
  const places: Record<string, RawProp> = {}
  const known = Object.keys(schemas)
  for (const prop of el.props) {
    if (prop.name === INDEX_PROP) continue
    // The collector reported it as code (lib/content/no-code.ts); an expression is never read as a value.
    if (prop.expression) continue
    const schema = schemas[prop.name]
    if (!schema) {
      const suggestion = closest(prop.name, known)
      at(prop.line, prop.column, {
        message: `unknown prop \`${prop.name}\` on <${el.name}>`,
        prop: prop.name,
        expected: `one of ${known.join(', ')}`,
        ...(suggestion ? { hint: `did you mean \`${suggestion}\`?` } : {}),
      })
      continue
    }
    if (prop.value === null) {
      at(prop.line, prop.column, { message: `\`${prop.name}\` needs a value`, prop: prop.name, found: prop.name, expected: `${prop.name}="…"` })
      continue
    }
    const parsed = schema.safeParse(prop.value)
    if (!parsed.success) {
      at(prop.valueLine, prop.valueColumn, {
        message: `invalid \`${prop.name}\` on <${el.name}>`,
        prop: prop.name,
        found: quoteFound(prop.value),
        expected: parsed.error.issues[0]?.message.replace(/^expected /, '') ?? 'a valid value',
      })
      continue
    }
    values[prop.name] = parsed.data as string
    places[prop.name] = prop
  }
  for (const name of required) {
    if (values[name] === undefined && !el.props.some((p) => p.name === name)) {
      at(el.line, el.column, { message: `<${el.name}> is missing \`${name}\``, prop: name, expected: `${name}="…"` })
    }
  }
  return { values, places }
}

/** Parses a date prop; on failure the error points inside the value, at the character the parser stopped on. */
export function dateProp(prop: RawProp, text: string, what: string, at: Report): TimeSpan | undefined {
  const r = parseDate(text)
  if (r.ok) return r.value
  const sameLine = !text.includes('\n')
  at(prop.valueLine, prop.valueColumn + (sameLine && r.error.offset !== undefined ? r.error.offset : 0), {
    message: `${what}: ${r.error.message}`,
    prop: prop.name,
    found: quoteFound(text),
    expected: r.error.expected,
    ...(r.error.hint ? { hint: r.error.hint } : {}),
  })
  return undefined
}
