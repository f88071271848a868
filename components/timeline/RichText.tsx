import type { ReactNode } from 'react'
import type { Paragraph, Run } from '@/lib/content/rich-text'

/** An event's prose as paragraphs, its emphasis, code and links kept (lib/content/rich-text.ts); React builds every node. */
export function RichText({ paragraphs, className }: { paragraphs: readonly Paragraph[]; className?: string }) {
  return (
    <>
      {paragraphs.map((runs, i) => (
        // Each paragraph takes its direction from its own first letter: an English note in an Arabic story reads left to right.
        <p key={i} className={className} dir="auto">
          {runs.map((run, j) => (
            <RunText key={j} run={run} />
          ))}
        </p>
      ))}
    </>
  )
}

function RunText({ run }: { run: Run }) {
  let node: ReactNode = run.code ? <code>{run.text}</code> : run.text
  if (run.em) node = <em>{node}</em>
  if (run.strong) node = <strong>{node}</strong>
  return run.href ? <a href={run.href}>{node}</a> : <>{node}</>
}
