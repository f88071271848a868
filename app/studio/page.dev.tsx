import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { StudioEditor } from '@/components/authoring/StudioEditor'
import { StudioPreview } from '@/components/authoring/StudioPreview'
import { CONTENT_DIR, listSlugs, loadTimelineSource } from '@/lib/content/load.server'
import { previewDraft } from './actions'

/**
 * /studio: a writer's preview. The `.dev.tsx` name makes it a route under
 * `next dev` only (next.config.js pageExtensions), so a production build has
 * no /studio at all; notFound() below is a second lock.
 */
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Studio', robots: { index: false, follow: false } }

const STARTER = `---
title: A draft story
summary: Write one or two sentences that say what the story is about.
published: 2024-01-15
---

An introduction in Markdown.

<Event date="2022-02-24" title="Something happened" place="Somewhere" importance="1">
What happened, in Markdown.

<Quote by="Someone" role="Their role">The words they said.</Quote>
</Event>

<Event date="2022-03" title="Talks went on all month" />
`

type Props = { searchParams: Promise<{ slug?: string | string[] }> }

export default async function StudioPage({ searchParams }: Props) {
  if (process.env.NODE_ENV !== 'development') notFound()
  const slugs = await listSlugs()
  const asked = (await searchParams).slug
  const slug = typeof asked === 'string' && slugs.includes(asked) ? asked : undefined
  const filePath = slug ? path.join(CONTENT_DIR, `${slug}.mdx`) : undefined
  const source = filePath ? await readFile(/*turbopackIgnore: true*/ filePath, 'utf8') : STARTER
  const file = filePath ? path.relative(process.cwd(), filePath) : 'draft.mdx'
  const result = await loadTimelineSource(source, file, slug ?? 'draft')
  return (
    <div className="mx-auto max-w-[100rem] px-5 pb-16 pt-8">
      <h1 className="index-title">Studio</h1>
      <p className="index-lede">
        Edit MDX and see the story as it will be published. Nothing here is saved: copy the text into <code>content/timelines/</code> when it is ready.
      </p>
      <nav aria-label="Open a story" className="studio-status">
        Open:{' '}
        <Link href="/studio" className="underline">
          a new draft
        </Link>
        {slugs.map((s) => (
          <span key={s}>
            {' · '}
            <Link href={`/studio?slug=${s}`} className="underline">
              {s}
            </Link>
          </span>
        ))}
      </nav>
      <StudioEditor
        key={file}
        file={file}
        initialSource={source}
        initialErrors={result.ok ? [] : result.errors}
        initialPreview={result.ok ? <StudioPreview timeline={result.timeline} /> : null}
        preview={previewDraft}
      />
    </div>
  )
}
