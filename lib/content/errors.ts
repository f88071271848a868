/**
 * Content errors are values with a location. One formatter prints them for the
 * CLI, the dev error page and tests, so a writer sees the same words everywhere.
 */
export interface ContentError {
  /** Path of the MDX file, relative to the project root when possible. */
  file: string
  /** 1-based line in the file (frontmatter included). */
  line: number
  /** 1-based column. */
  column: number
  message: string
  /** The prop or frontmatter key at fault, when there is one. */
  prop?: string
  /** What was found, quoted as written. */
  found?: string
  /** What would have been accepted. */
  expected?: string
  /** A concrete suggestion. */
  hint?: string
}

/** Thrown when a timeline cannot be published; carries every error of the file. */
export class ContentErrors extends Error {
  readonly errors: ContentError[]
  constructor(errors: ContentError[]) {
    super(errors.map(formatError).join('\n'))
    this.name = 'ContentErrors'
    this.errors = errors
  }
}

/**
 * `file:line:column  message` followed by indented found / expected / hint lines,
 * the shape editors and terminals already link to.
 */
export function formatError(e: ContentError): string {
  const lines = [`${e.file}:${e.line}:${e.column}  ${e.message}`]
  if (e.found !== undefined) lines.push(`    found:    ${e.found}`)
  if (e.expected) lines.push(`    expected: ${e.expected}`)
  if (e.hint) lines.push(`    hint:     ${e.hint}`)
  return lines.join('\n')
}

/** Orders errors as they appear in the file, so a writer can fix them top to bottom. */
export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
}
