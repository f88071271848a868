'use client'

import { lazy, Suspense, useState } from 'react'
import type { EmbedDialogProps } from './EmbedDialog'
import { figureEvents } from '@/components/timeline/figure-events'

// The dialog, its option parsing and the preview load only when a reader asks for them.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })))

/** "Embed" on a story page: opens the embed code generator, which offers the events the story's timeline draws. */
export function EmbedButton(props: Omit<EmbedDialogProps, 'onClose' | 'events'>) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="rounded-full border border-[var(--rule)] bg-[var(--label-bg)] px-3 py-0.5 text-sm text-[var(--ink)] hover:border-[var(--ink)]" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {props.words.button}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog {...props} events={figureEvents(props.slug)} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  )
}
