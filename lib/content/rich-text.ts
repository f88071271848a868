import type { Nodes } from 'mdast'

/**
 * An event's prose as the detail panel shows it: paragraphs of runs that keep the emphasis, strong text, code
 * and links the writer gave them. Plain data, so it can go to the browser as JSON and be cached with the rest
 * of what the collector finds; the panel renders it with React, never as HTML.
 */
export interface Run {
  text: string
  em?: true
  strong?: true
  code?: true
  /** A link's target, kept only for web, mail and same-site addresses. */
  href?: string
}
export type Paragraph = Run[]

type Marks = Omit<Run, 'text'>

// The article renders a link to anything the safety check let through; the panel is stricter still, since what
// it renders is built in the browser from data.
const SAFE_HREF = /^(https?:|mailto:|#|\/(?!\/))/i

/**
 * The paragraphs of an MDX node's children. Blocks (paragraphs, list items, block quotes) each become a
 * paragraph; `skip` leaves out what is not prose (an event's `<Quote>` and `<Source>` children); expressions
 * are never text.
 */
export function richParagraphs(node: Nodes, skip: (n: Nodes) => boolean): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let open: Run[] | null = null
  const push = (run: Run) => {
    if (!run.text) return
    open ??= []
    const last = open.at(-1)
    if (last && sameMarks(last, run)) last.text += run.text
    else open.push(run)
  }
  const close = () => {
    if (open) {
      const trimmed = trimRuns(open)
      if (trimmed.length) paragraphs.push(trimmed)
    }
    open = null
  }
  const inline = (n: Nodes, marks: Marks) => {
    if (skip(n) || n.type === 'mdxTextExpression' || n.type === 'mdxFlowExpression') return
    switch (n.type) {
      case 'text':
        push({ text: n.value.replace(/\s+/g, ' '), ...marks })
        return
      case 'inlineCode':
        push({ text: n.value, ...marks, code: true })
        return
      case 'break':
        push({ text: ' ', ...marks })
        return
      case 'emphasis':
        for (const c of n.children) inline(c, { ...marks, em: true })
        return
      case 'strong':
        for (const c of n.children) inline(c, { ...marks, strong: true })
        return
      case 'link':
        for (const c of n.children) inline(c, SAFE_HREF.test(n.url) ? { ...marks, href: n.url } : marks)
        return
      default:
        if ('children' in n) for (const c of n.children as Nodes[]) inline(c, marks)
    }
  }
  const block = (n: Nodes) => {
    if (skip(n) || n.type === 'mdxFlowExpression') return
    if (n.type === 'paragraph' || n.type === 'heading') {
      close()
      for (const c of n.children) inline(c, {})
      close()
    } else if ('children' in n) {
      for (const c of n.children as Nodes[]) block(c)
    }
  }
  if ('children' in node) for (const c of node.children as Nodes[]) block(c)
  close()
  return paragraphs
}

function sameMarks(a: Run, b: Run): boolean {
  return a.em === b.em && a.strong === b.strong && a.code === b.code && a.href === b.href
}

/** Runs without the spaces that start and end a paragraph, and none left empty. */
function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }))
  if (out[0]) out[0].text = out[0].text.trimStart()
  const last = out.at(-1)
  if (last) last.text = last.text.trimEnd()
  return out.filter((r) => r.text)
}
