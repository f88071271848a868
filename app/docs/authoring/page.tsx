import type { Metadata } from 'next'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Fragment } from 'react'
import { jsx, jsxs } from 'react/jsx-runtime'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import { markdownToHast } from '@/lib/docs/markdown'
import { feedAlternates } from '@/lib/feeds/feed'
import { siteUrl } from '@/lib/site'

export const metadata: Metadata = {
  title: 'Writing a timeline',
  description: 'How to write a Dateline story in MDX: the format, every prop, every date form, the commands and a worked example.',
  // A page's own `alternates` replaces the layout's, so the feed links are named again.
  alternates: { canonical: '/docs/authoring', types: feedAlternates(siteUrl()) },
  openGraph: { title: 'Writing a timeline', url: '/docs/authoring', type: 'article' },
}

/**
 * docs/authoring.md on the site. The guide stays one Markdown file that reads
 * well on GitHub and in an editor; this page renders it at build time with the
 * site's typography, so the two can never disagree.
 */
export default async function AuthoringGuidePage() {
  const markdown = await readFile(path.join(process.cwd(), 'docs', 'authoring.md'), 'utf8')
  const { tree, headings } = markdownToHast(markdown)
  const sections = headings.filter((h) => h.depth === 2)
  return (
    <div className="mx-auto max-w-3xl px-5 pb-16 pt-10">
      {sections.length ? (
        <nav aria-label="On this page" className="mb-8 text-sm">
          <p className="section-heading">On this page</p>
          <ol className="grid gap-1">
            {sections.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`} className="underline">
                  {h.text}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="doc-body">{toJsxRuntime(tree, { Fragment, jsx, jsxs })}</div>
    </div>
  )
}
