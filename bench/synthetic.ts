/**
 * Writes a seeded synthetic story (lib/test-support/synthetic-story.ts) as an MDX file, to look at or to
 * load by hand:
 *
 *   tsx bench/synthetic.ts --events 5000 --out bench/out/synthetic-5000.mdx [--seed 1]
 *
 * The file goes outside content/ (default bench/out/, which git ignores): a synthetic story must never be published.
 */
import path from 'node:path'
import { writeStoryMdx } from '../lib/test-support/synthetic-mdx'
import { generateStory } from '../lib/test-support/synthetic-story'

function main(argv: string[]) {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`)
    return i === -1 ? undefined : argv[i + 1]
  }
  const events = Number(arg('events') ?? 1000)
  const seed = Number(arg('seed') ?? 1)
  if (!Number.isInteger(events) || events < 0 || !Number.isInteger(seed)) {
    console.error('usage: tsx bench/synthetic.ts --events N [--seed S] [--out bench/out/synthetic-N.mdx]')
    process.exit(1)
  }
  const out = arg('out') ?? path.join('bench', 'out', `synthetic-${events}.mdx`)
  const story = generateStory({ events, seed })
  const written = writeStoryMdx(story, out)
  console.log(`${story.events.length} events, ${story.quotes.length} quotes → ${path.relative(process.cwd(), written)}`)
}

main(process.argv.slice(2))
