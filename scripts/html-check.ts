/**
 * The Nu Html Checker (vnu.jar, from the `vnu-jar` package) as the end-to-end tests run it on the
 * site's pages: the command line, and its JSON report read into located errors. Pure, so the reading
 * is unit-tested without Java; e2e/html-validity.spec.ts fetches the pages and runs the command.
 *
 * The JSON format: https://github.com/validator/validator/wiki/Output-%C2%BB-JSON
 */
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import type { ContentError } from '../lib/content/errors'

/** vnu.jar as the `vnu-jar` package ships it. */
export const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

/**
 * Arguments for `java`: every file in one run (the JVM's start is most of the cost), errors only,
 * the report as JSON (vnu writes it on stderr and exits 1 when there are errors).
 */
export function vnuArgs(files: readonly string[], jar = VNU_JAR): string[] {
  return ['-jar', jar, '--format', 'json', '--errors-only', '--exit-zero-always', ...files]
}

const message = z.object({
  type: z.string(),
  subType: z.string().optional(),
  url: z.string().optional(),
  firstLine: z.number().optional(),
  lastLine: z.number().optional(),
  firstColumn: z.number().optional(),
  lastColumn: z.number().optional(),
  message: z.string(),
  extract: z.string().optional(),
})
const report = z.object({ messages: z.array(message) })

/** One message of the checker's report. */
export type VnuMessage = z.infer<typeof message>

/**
 * Messages vnu gives for markup that is valid HTML today, each with why it is a false positive.
 * Matched against the whole message, so nothing else is ever let through with them.
 */
export const KNOWN_FALSE_POSITIVES: readonly { message: RegExp; why: string }[] = []

/** vnu names files `file:/tmp/a.html`; Node writes `file:///tmp/a.html`. */
function fileHref(url: string): string {
  try {
    return new URL(url).href
  } catch {
    return url
  }
}

/**
 * The errors of a vnu JSON report, located on the page each file was fetched from: `pages` maps a
 * file's path to the page's path. A message that is no error (`info`, warnings) is left out, and so is
 * a known false positive; a `non-document-error` (a file vnu could not read) is an error of its page.
 * Throws when the text is not vnu's JSON report, so a crashed checker never reads as a clean one.
 */
export function vnuErrors(json: string, pages: ReadonlyMap<string, string>, ignore = KNOWN_FALSE_POSITIVES): ContentError[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    throw new Error(`vnu did not print a JSON report:\n${json.slice(0, 2000)}`)
  }
  const byUrl = new Map([...pages].map(([file, page]) => [pathToFileURL(file).href, page]))
  return report
    .parse(parsed)
    .messages.filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .filter((m) => !ignore.some((known) => known.message.test(m.message)))
    .map((m) => ({
      file: (m.url && byUrl.get(fileHref(m.url))) ?? m.url ?? '(no file)',
      line: m.lastLine ?? m.firstLine ?? 0,
      column: m.firstColumn ?? m.lastColumn ?? 0,
      message: m.message,
      ...(m.extract ? { found: m.extract.replace(/\s+/g, ' ').trim() } : {}),
    }))
}
