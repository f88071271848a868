/**
 * The imported story as an MDX file: frontmatter, a comment listing what the
 * import could not carry, the introduction, and one `<Event>` per slide or era.
 */

/** One event as the import will write it. */
export interface Draft {
  date: string
  end?: string
  title: string
  id?: string
  tags: string[]
  body: string
  /** The slide's image as the event's `image`, when it has the description and credit Dateline requires. */
  image?: { src: string; alt: string; credit: string }
  /** For id clashes: where the slide came from, and what it was called. */
  label: string
}

/** A JSX attribute: MDX decodes character references in quoted values, so `"` and `&` are written as references. */
function attr(name: string, value: string): string {
  return `${name}="${value.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`
}

/** A YAML scalar: JSON strings are valid YAML double-quoted scalars (YAML 1.2, section 1.3). */
const yamlString = (text: string) => JSON.stringify(text)

/** Text inside an MDX `{/* … *\/}` comment: nothing may close the comment or unbalance the braces. */
const commentText = (text: string) => text.replace(/\*\//g, '* /').replace(/\{/g, '(').replace(/\}/g, ')')

export interface StoryFile {
  title: string
  summary: string
  published: string
  /** Name of the imported file, recorded in the header comment. */
  sourceName?: string | undefined
  warnings: string[]
  intro: string[]
  drafts: Draft[]
}

/**
 * Writes the story file. Attribute values and YAML scalars are quoted so that
 * any title or summary survives, and the comment is kept from closing early.
 *
 * @param story what the import made of the TimelineJS data
 */
export function writeStory({ title, summary, published, sourceName, warnings, intro, drafts }: StoryFile): string {
  // ---- The file
  const header = [
    `Imported from TimelineJS${sourceName ? ` (${sourceName})` : ''} by \`npm run import\` on ${published}.`,
    ...(warnings.length ? ['What the import could not carry, or changed:', ...warnings.map((w) => `- ${w}`)] : []),
  ]
  const events = drafts.map((d) => {
    const props = [attr('date', d.date), ...(d.end ? [attr('end', d.end)] : []), attr('title', d.title), ...(d.tags.length ? [attr('tags', d.tags.join(', '))] : []), ...(d.id ? [attr('id', d.id)] : []), ...(d.image ? [attr('image', d.image.src), attr('alt', d.image.alt), attr('credit', d.image.credit)] : [])]
    return d.body ? `<Event ${props.join(' ')}>\n${d.body}\n</Event>` : `<Event ${props.join(' ')} />`
  })
  const mdx = [
    ['---', `title: ${yamlString(title)}`, `summary: ${yamlString(summary)}`, `published: ${published}`, '---'].join('\n'),
    `{/*\n${header.map((l) => `  ${commentText(l)}`).join('\n')}\n*/}`,
    ...intro,
    ...events,
  ].join('\n\n')
  return `${mdx}\n`
}
